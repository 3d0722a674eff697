using AirflowSecrets;
[AirflowVariable("warehouse_api_key")]
[AirflowConnection("metadata_db")]
[AirflowVariable("svc42_token_ttl")]
public partial class DagSecrets { }
