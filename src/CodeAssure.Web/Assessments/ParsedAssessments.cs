using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Data.Entities;
using Microsoft.Extensions.Caching.Memory;

namespace CodeAssure.Web.Assessments;

/// <summary>
/// Parsed self-assessments, keyed by their exact stored JSON: the dashboard reads every product's latest version on
/// each view, and parsing that JSON was most of the page's time. Keying by the text itself (not an id or digest) means
/// a changed row can never be served stale; <see cref="Assessment"/> is immutable, so one instance may be shared.
/// </summary>
internal sealed class ParsedAssessments : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    /// <summary>The assessment stored in <paramref name="row"/>, parsed once per distinct content.</summary>
    public Assessment Get(AssessmentVersion row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (_cache.TryGetValue(row.Content, out Assessment? cached) && cached is not null)
        {
            return cached;
        }

        var parsed = AssessmentService.Parse(row);
        _cache.Set(row.Content, parsed, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return parsed;
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();
}
