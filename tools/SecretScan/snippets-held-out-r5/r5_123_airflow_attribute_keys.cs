using AirflowSecrets;
[AirflowVariable("svc17_api_token_region")]
[AirflowVariable("password_rotation_days", typeof(int))]
[AirflowConnection("warehouse_secret_store")]
public partial class RotationSecrets { }
