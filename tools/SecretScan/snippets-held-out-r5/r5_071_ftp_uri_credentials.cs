using System;
using System.Net;
public static class NasExport
{
    public static WebRequest Request(string file) => WebRequest.Create(new Uri("ftp://exports:7mKo6BIymlpcOkGl9l1@nas.office.lan/exports/" + file)); // expect: AFS103
}
