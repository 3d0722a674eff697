using Microsoft.Azure.Devices.Client;
using System.Text;

namespace Edge.Simulator;

internal static class Program
{
    private static async Task Main()
    {
        using var device = DeviceClient.CreateFromConnectionString(
            "HostName=contoso-plant.azure-devices.net;DeviceId=press-line-04;SharedAccessKey=I96LQnoGKhHnunvKyyEf/jttpbNIgFma3GkbPelRIxw=",  // expect: AFS103
            TransportType.Mqtt);
        while (true)
        {
            using var message = new Message(Encoding.UTF8.GetBytes($"{{\"pressure\":{Random.Shared.Next(80, 120)}}}"));
            await device.SendEventAsync(message);
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }
}
