using System.Text;
public static class CronScript
{
    public static string Render(string repo)
    {
        var sb = new StringBuilder();
        sb.AppendLine("#!/bin/sh");
        sb.AppendLine("export RESTIC_PASSWORD=MbRRRb6k69Rw7Jr0Xv"); // expect: AFS102
        sb.AppendLine($"restic -r {repo} backup /srv/data");
        return sb.ToString();
    }
}
