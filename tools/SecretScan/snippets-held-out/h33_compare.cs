public class AdminGate
{
    public bool Allow(string providedKey) => providedKey == "adm-9Xk2Lq7Vz4Rt"; // expect: AFS101
}
