using ICSharpCode.SharpZipLib.Zip;
using PdfSharp.Pdf;

namespace Payroll.Export;

public static class PayslipPackager
{
    public static void Package(string folder, string zipPath)
    {
        using var zip = ZipFile.Create(zipPath);
        zip.Password = "NIMB3817willow%";  // expect: AFS101
        zip.BeginUpdate();
        foreach (var file in Directory.EnumerateFiles(folder, "*.pdf")) zip.Add(file, Path.GetFileName(file));
        zip.CommitUpdate();
    }

    public static void Protect(PdfDocument document)
    {
        document.SecuritySettings.OwnerPassword = "wKDG402I8rncdGgU";  // expect: AFS101
        document.SecuritySettings.PermitModifyDocument = false;
    }
}
