using CodeAssure.Catalog;

namespace CodeAssure.Cli.Commands.Catalog;

/// <summary>The JSON shape of <c>catalog show</c>: the kind of entry and its details; other members are omitted.</summary>
internal sealed record CatalogEntryView(
    string Kind,
    ThemeView? Theme = null,
    PrincipleView? Principle = null,
    ClaimView? Claim = null,
    DraftProvisionView? DraftProvision = null,
    TechnicalControlView? TechnicalControl = null,
    IReadOnlyList<string>? DraftProvisions = null,
    IReadOnlyList<string>? Claims = null)
{
    public static CatalogEntryView From(CatalogEntry entry, CodeCatalog catalog) => entry switch
    {
        CatalogEntry.OfTheme t => new("theme", Theme: ThemeView.From(t.Theme, catalog.Roles, null)),
        CatalogEntry.OfPrinciple p => new("principle", Principle: PrincipleView.From(p.Principle, catalog.Roles)),
        CatalogEntry.OfClaim c => new("claim", Claim: ClaimView.From(c.Claim)),
        CatalogEntry.OfDraftProvision d => new("draft-provision", DraftProvision: DraftProvisionView.From(d.Provision)),
        CatalogEntry.OfTechnicalControl tc => new("technical-control",
            TechnicalControl: TechnicalControlView.From(tc.Control),
            DraftProvisions: [.. tc.Control.Provisions.Select(p => p.DisplayId)],
            Claims: [.. catalog.Claims.Where(c => c.TechnicalControls.Contains(tc.Control)).Select(c => c.Id.ToString())]),
        _ => throw new InvalidOperationException($"unhandled catalogue entry {entry.GetType().Name}"),
    };
}
