using MQTTnet;
using MQTTnet.Client;

namespace Plant.Gateway;

public sealed class TelemetryPublisher
{
    private readonly IMqttClient _client = new MqttFactory().CreateMqttClient();

    public async Task ConnectAsync(CancellationToken ct)
    {
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer("mqtt.plant-7.internal", 8883)
            .WithClientId("gw-line-3")
            .WithCredentials("gw-line-3", "Falcon-willow-ember-72")  // expect: AFS101
            .WithTlsOptions(o => o.UseTls())
            .WithCleanSession()
            .Build();

        await _client.ConnectAsync(options, ct);
    }
}
