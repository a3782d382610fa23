using System.Text.Json;
using CodeAssure.Data.Entities;
using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Web.Monitoring;

/// <summary>Runs one claimed job and returns its result as JSON; an exception fails the attempt.</summary>
internal sealed class JobRunner(ReleaseMatcher matcher, MonitoringSettings settings, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<string> RunAsync(BackgroundJob job, CancellationToken cancellationToken)
    {
        switch (job.Kind)
        {
            case JobKinds.MatchRelease:
                if (!Guid.TryParse(job.Payload, out var releaseId))
                {
                    throw new InvalidOperationException($"the payload '{job.Payload}' is not a release id");
                }

                return Serialize(await matcher.MatchAsync([releaseId], cancellationToken).ConfigureAwait(false));
            case JobKinds.RematchAll:
                return Serialize(await matcher.MatchAsync(null, cancellationToken).ConfigureAwait(false));
            case JobKinds.OsvSync:
                return await SyncAsync(cancellationToken).ConfigureAwait(false);
            default:
                throw new InvalidOperationException($"unknown job kind '{job.Kind}'");
        }
    }

    // The importer does the safety work (download size limit, zip-slip and zip-bomb checks, conditional GET with the
    // previous ETag) and replaces the index atomically; the watcher then sees the new version and enqueues the re-match.
    private async Task<string> SyncAsync(CancellationToken cancellationToken)
    {
        if (settings.SyncUrl is null)
        {
            return """{"skipped":"no Osv:SyncUrl configured"}""";
        }

        Directory.CreateDirectory(Path.GetDirectoryName(settings.IndexPath)!);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
        var summary = await new OsvImporter(http, time: time).ImportAsync(settings.IndexPath, [settings.SyncUrl.AbsoluteUri], cancellationToken: cancellationToken).ConfigureAwait(false);
        if (summary.FailedSources > 0)
        {
            var error = summary.Sources.FirstOrDefault(s => s.Error is not null)?.Error ?? "the download failed";
            throw new InvalidOperationException($"OSV sync from {settings.SyncUrl} failed: {error}");
        }

        return JsonSerializer.Serialize(new { summary.IndexWritten, summary.IndexRecords, summary.Read, summary.Added, summary.Replaced, summary.SkippedCount }, Json);
    }

    private static string Serialize(MatchRun run) => JsonSerializer.Serialize(run, Json);
}
