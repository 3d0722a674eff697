using System;
public static class TableSigner
{
    public static object Create() => new SharedKeyLiteSigner("devtables01", Convert.FromBase64String("xl85ka+kMKBgPTVCFXk5TM3UQEGN30LNkGZe8BmLZU3v1jOTo9gV2gor21/kVNMh9woJs3I7oSBLbl2/EUjW7w==")); // expect: AFS104
}
