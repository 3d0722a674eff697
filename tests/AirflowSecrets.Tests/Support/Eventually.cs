using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace AirflowSecrets.Tests.Support;

public static class Eventually
{
    /// <summary>Waits until a condition holds; fails the test after 10 s so a broken behaviour cannot hang the run.</summary>
    public static async Task True(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10)) throw new TimeoutException("Still not true after 10 s: " + what + ".");
            await Task.Delay(5);
        }
    }
}
