using System.Globalization;

namespace CodeAssure.Vulnerabilities.Enrichment;

/// <summary>
/// FIRST's daily EPSS scores (the CSV: an optional <c>#model_version:…,score_date:…</c> comment line, then
/// the header <c>cve,epss,percentile</c>), indexed by CVE id.
/// </summary>
public sealed class EpssScores
{
    private readonly Dictionary<string, EpssScore> _scores;

    private EpssScores(string? modelVersion, DateTimeOffset? scoreDate, Dictionary<string, EpssScore> scores)
    {
        ModelVersion = modelVersion;
        ScoreDate = scoreDate;
        _scores = scores;
    }

    /// <summary>The EPSS model version from the comment line, when present.</summary>
    public string? ModelVersion { get; }

    /// <summary>The date the scores were computed, when present.</summary>
    public DateTimeOffset? ScoreDate { get; }

    /// <summary>How many CVEs have a score.</summary>
    public int Count => _scores.Count;

    /// <summary>Looks a CVE up, ignoring case.</summary>
    public EpssScore? Find(string cveId) => _scores.GetValueOrDefault(cveId.ToUpperInvariant());

    /// <summary>Reads the CSV; a malformed line is refused with its line number.</summary>
    public static async Task<EpssScores> LoadAsync(TextReader csv, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        string? model = null;
        DateTimeOffset? date = null;
        var scores = new Dictionary<string, EpssScore>(StringComparer.Ordinal);
        var headerSeen = false;
        var lineNumber = 0;
        while (await csv.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                foreach (var part in line[1..].Split(','))
                {
                    var pair = part.Split(':', 2);
                    if (pair.Length == 2 && pair[0].Trim() == "model_version")
                    {
                        model = pair[1].Trim();
                    }
                    else if (pair.Length == 2 && pair[0].Trim() == "score_date"
                        && DateTimeOffset.TryParse(pair[1].Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d))
                    {
                        date = d;
                    }
                }

                continue;
            }

            var fields = line.Split(',');
            if (!headerSeen)
            {
                if (fields.Length < 3 || fields[0].Trim() != "cve" || fields[1].Trim() != "epss" || fields[2].Trim() != "percentile")
                {
                    throw new EnrichmentFormatException($"{source}:{lineNumber}: expected the header 'cve,epss,percentile'");
                }

                headerSeen = true;
                continue;
            }

            if (fields.Length < 3
                || !fields[0].StartsWith("CVE-", StringComparison.OrdinalIgnoreCase)
                || !TryProbability(fields[1], out var epss)
                || !TryProbability(fields[2], out var percentile))
            {
                throw new EnrichmentFormatException($"{source}:{lineNumber}: expected 'CVE-id,probability,percentile' with numbers from 0 to 1, got '{KevCatalog.Shorten(line)}'");
            }

            var cve = fields[0].Trim().ToUpperInvariant();
            scores[cve] = new EpssScore(cve, epss, percentile);
        }

        if (!headerSeen)
        {
            throw new EnrichmentFormatException($"{source}: no EPSS header line 'cve,epss,percentile' found");
        }

        return new EpssScores(model, date, scores);
    }

    private static bool TryProbability(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value is >= 0 and <= 1;
}
