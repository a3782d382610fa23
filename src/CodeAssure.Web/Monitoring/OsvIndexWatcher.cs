using System.Globalization;
using CodeAssure.Vulnerabilities.Index;

namespace CodeAssure.Web.Monitoring;

/// <summary>
/// Notices a new version of the OSV index (after <c>codeassure osv import</c> or a scheduled sync). The file's size
/// and modification time are checked on every poll; only when they change is the index opened to read its version
/// (the time it was written and its size), which names the one re-match job for that version across all instances.
/// </summary>
internal sealed class OsvIndexWatcher(MonitoringSettings settings)
{
    private (long Length, DateTime Modified)? _seen;

    /// <summary>The index version when the file changed since the last call (or on the first call), else null.</summary>
    public string? ChangedVersion()
    {
        var file = new FileInfo(settings.IndexPath);
        if (!file.Exists)
        {
            _seen = null;
            return null;
        }

        var stamp = (file.Length, file.LastWriteTimeUtc);
        if (_seen == stamp)
        {
            return null;
        }

        // The checksum is verified by the job that reads the whole index; here only the header is read.
        using var index = OsvIndex.Open(settings.IndexPath, verifyChecksum: false);
        _seen = stamp;
        return string.Create(CultureInfo.InvariantCulture, $"{index.Metadata.Written:O}/{index.FileSize}");
    }
}
