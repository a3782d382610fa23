using System.Globalization;
using CodeAssure.Catalog;
using CodeAssure.Checks.Evidence;

namespace CodeAssure.Checks.Reports;

/// <summary>One theme of the Code in a scan: its principles, and how many of its claims have each status.</summary>
/// <param name="Theme">The theme number (1–4), the first part of a principle id.</param>
/// <param name="Title">The theme's title from the catalogue, or "Theme n" when no catalogue was given.</param>
/// <param name="Principles">Its principles, in bundle order.</param>
/// <param name="Met">Claims met.</param>
/// <param name="PartiallyMet">Claims partially met.</param>
/// <param name="NotMet">Claims not met.</param>
/// <param name="NotApplicable">Claims not applicable to the role.</param>
/// <param name="NeedsHumanEvidence">Claims that need evidence a scan cannot give.</param>
public sealed record ThemeSummary(
    int Theme,
    string Title,
    IReadOnlyList<PrincipleEvidence> Principles,
    int Met,
    int PartiallyMet,
    int NotMet,
    int NotApplicable,
    int NeedsHumanEvidence)
{
    /// <summary>Groups the bundle's principles by theme and counts their claims' statuses.</summary>
    /// <param name="bundle">The scan's bundle.</param>
    /// <param name="catalog">The catalogue, for the themes' titles; optional.</param>
    public static IReadOnlyList<ThemeSummary> Of(EvidenceBundle bundle, CodeCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        return
        [
            .. bundle.Principles
                .GroupBy(p => ThemeOf(p.Id))
                .OrderBy(g => g.Key)
                .Select(g =>
                {
                    var claims = g.SelectMany(p => p.Claims).ToList();
                    var title = catalog?.Themes.FirstOrDefault(t => t.Id == g.Key)?.Title ?? string.Create(CultureInfo.InvariantCulture, $"Theme {g.Key}");
                    return new ThemeSummary(g.Key, title, [.. g],
                        claims.Count(c => c.Status == EvidenceStatus.Met),
                        claims.Count(c => c.Status == EvidenceStatus.PartiallyMet),
                        claims.Count(c => c.Status == EvidenceStatus.NotMet),
                        claims.Count(c => c.Status == EvidenceStatus.NotApplicable),
                        claims.Count(c => c.Status == EvidenceStatus.NeedsHumanEvidence));
                }),
        ];
    }

    /// <summary>The words a report uses for a status.</summary>
    public static string Describe(EvidenceStatus status) => status switch
    {
        EvidenceStatus.Met => "met",
        EvidenceStatus.PartiallyMet => "partially met",
        EvidenceStatus.NotMet => "not met",
        EvidenceStatus.NotApplicable => "not applicable",
        _ => "needs human evidence",
    };

    // Principle ids are "theme.number"; anything else (never produced by the assembler) goes last.
    private static int ThemeOf(string principleId) =>
        int.TryParse(principleId.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var theme) ? theme : int.MaxValue;
}
