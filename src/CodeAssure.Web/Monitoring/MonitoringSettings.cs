using System.Globalization;

namespace CodeAssure.Web.Monitoring;

/// <summary><see cref="MonitoringOptions"/> with configuration and defaults applied, checked once at start.</summary>
internal sealed record MonitoringSettings(
    string IndexPath,
    Uri? SyncUrl,
    TimeSpan SyncInterval,
    TimeSpan PollInterval,
    TimeSpan LeaseDuration,
    string InstanceId,
    bool RunJobs)
{
    /// <summary>How many times a job is tried before it is marked failed.</summary>
    public const int MaxAttempts = 3;

    /// <summary>The largest SBOM accepted for a release.</summary>
    public const int MaxSbomBytes = 50 * 1024 * 1024;

    public static MonitoringSettings Resolve(MonitoringOptions? options, IConfiguration configuration, string dataDirectory)
    {
        options ??= new MonitoringOptions();
        var indexPath = options.IndexPath ?? configuration["Osv:IndexPath"] ?? Path.Combine(dataDirectory, "osv", "osv.idx");
        var syncText = options.SyncUrl ?? configuration["Osv:SyncUrl"];
        Uri? syncUrl = null;
        if (!string.IsNullOrWhiteSpace(syncText) &&
            (!Uri.TryCreate(syncText, UriKind.Absolute, out syncUrl) || (syncUrl.Scheme != Uri.UriSchemeHttps && syncUrl.Scheme != Uri.UriSchemeHttp)))
        {
            throw new FormatException("Osv:SyncUrl must be an absolute http(s) URL");
        }

        var instance = options.InstanceId ?? configuration["Jobs:InstanceId"]
            ?? $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
        return new MonitoringSettings(
            Path.GetFullPath(indexPath),
            syncUrl,
            Clamp(options.SyncInterval ?? Duration(configuration, "Osv:SyncInterval") ?? TimeSpan.FromHours(6), TimeSpan.FromMinutes(1)),
            Clamp(options.PollInterval ?? Duration(configuration, "Jobs:PollInterval") ?? TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(10)),
            Clamp(options.LeaseDuration ?? Duration(configuration, "Jobs:LeaseDuration") ?? TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(100)),
            instance.Length > 200 ? instance[..200] : instance,
            options.RunJobs);
    }

    // Durations are written as .NET time spans ("00:30:00") or as whole seconds ("1800").
    private static TimeSpan? Duration(IConfiguration configuration, string key)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span)
            ? span
            : throw new FormatException($"{key} must be a duration such as 00:30:00 or a number of seconds");
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan minimum) => value < minimum ? minimum : value;
}
