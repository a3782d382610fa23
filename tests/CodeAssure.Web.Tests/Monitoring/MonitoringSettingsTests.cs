using CodeAssure.Web.Monitoring;
using Microsoft.Extensions.Configuration;

namespace CodeAssure.Web.Tests.Monitoring;

/// <summary>Monitoring configuration: options win over configuration keys, which win over the defaults; bad values are refused.</summary>
public sealed class MonitoringSettingsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Defaults_put_the_index_in_the_data_folder_and_poll_every_five_seconds()
    {
        var data = Path.Combine(Path.GetTempPath(), "codeassure-settings-test");

        var settings = MonitoringSettings.Resolve(null, Configuration(), data);

        Assert.Equal(Path.Combine(data, "osv", "osv.idx"), settings.IndexPath);
        Assert.Equal(TimeSpan.FromSeconds(5), settings.PollInterval);
        Assert.Equal(TimeSpan.FromMinutes(5), settings.LeaseDuration);
        Assert.Null(settings.SyncUrl);
        Assert.True(settings.RunJobs);
        Assert.False(string.IsNullOrEmpty(settings.InstanceId));
    }

    [Fact]
    public void Configuration_keys_set_the_index_sync_and_intervals()
    {
        var index = Path.Combine(Path.GetTempPath(), "elsewhere", "osv.idx");

        var settings = MonitoringSettings.Resolve(null, Configuration(
            ("Osv:IndexPath", index), ("Osv:SyncUrl", "https://osv.example.test/npm/all.zip"), ("Osv:SyncInterval", "3600"),
            ("Jobs:PollInterval", "00:00:02"), ("Jobs:LeaseDuration", "00:10:00"), ("Jobs:InstanceId", "web-1")), "/data");

        Assert.Equal(index, settings.IndexPath);
        Assert.Equal(new Uri("https://osv.example.test/npm/all.zip"), settings.SyncUrl);
        Assert.Equal(TimeSpan.FromHours(1), settings.SyncInterval);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.PollInterval);
        Assert.Equal(TimeSpan.FromMinutes(10), settings.LeaseDuration);
        Assert.Equal("web-1", settings.InstanceId);
    }

    [Fact]
    public void Options_override_configuration()
    {
        var settings = MonitoringSettings.Resolve(new MonitoringOptions { PollInterval = TimeSpan.FromMilliseconds(50), InstanceId = "a" },
            Configuration(("Jobs:PollInterval", "10"), ("Jobs:InstanceId", "b")), "/data");

        Assert.Equal((TimeSpan.FromMilliseconds(50), "a"), (settings.PollInterval, settings.InstanceId));
    }

    [Theory]
    [InlineData("Osv:SyncUrl", "ftp://osv.example.test/all.zip", "Osv:SyncUrl")]
    [InlineData("Osv:SyncUrl", "not a url", "Osv:SyncUrl")]
    [InlineData("Osv:SyncInterval", "soon", "Osv:SyncInterval")]
    [InlineData("Jobs:PollInterval", "-", "Jobs:PollInterval")]
    public void Malformed_values_are_refused_naming_the_key(string key, string value, string named)
    {
        var error = Assert.Throws<FormatException>(() => MonitoringSettings.Resolve(null, Configuration((key, value)), "/data"));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sync_interval_below_one_minute_is_raised_to_one_minute()
    {
        var settings = MonitoringSettings.Resolve(null, Configuration(("Osv:SyncInterval", "5")), "/data");

        Assert.Equal(TimeSpan.FromMinutes(1), settings.SyncInterval);
    }
}
