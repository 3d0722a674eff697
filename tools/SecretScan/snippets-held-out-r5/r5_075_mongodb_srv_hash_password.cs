public static class Atlas
{
    public const string Uri = "mongodb+srv://reporting:Pq7#sBUvy2Ux3rCeB0dU@cluster-eu.abcde.mongodb.net/reports?retryWrites=true"; // expect: AFS103
}
