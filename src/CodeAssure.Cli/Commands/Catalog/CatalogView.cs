using CodeAssure.Catalog;

namespace CodeAssure.Cli.Commands.Catalog;

// The JSON shape of `codeassure catalog --format json` and `catalog show --format json` (docs/cli.md).
// Built from the catalogue in one place so that every format shows the same facts.

internal sealed record CatalogView(
    string CatalogVersion,
    CatalogCounts Counts,
    CodeView Code,
    AssuranceView Assurance,
    string? Role,
    IReadOnlyList<RoleView> Roles,
    IReadOnlyList<ThemeView> Themes,
    DraftView Draft,
    IReadOnlyList<GlossaryEntry> Glossary)
{
    public static CatalogView From(CodeCatalog catalog, StakeholderRole? role)
    {
        var themes = catalog.Themes
            .Where(t => role is null || role.For(t) != Applicability.NotApplicable)
            .Select(t => ThemeView.From(t, catalog.Roles, role))
            .ToList();
        var principles = themes.SelectMany(t => t.Principles).ToList();
        var claims = principles.SelectMany(p => p.Claims).ToList();
        return new CatalogView(
            catalog.Version,
            new CatalogCounts(themes.Count, principles.Count,
                claims.Count(c => c.Source == ClaimSource.AssurancePrinciplesAndClaims),
                claims.Count(c => c.Source == ClaimSource.ClaimsTree),
                catalog.Draft.Provisions.Count),
            new CodeView(catalog.Code.Id, catalog.Code.Title, catalog.Code.Edition, catalog.Code.Published,
                catalog.Code.Publisher, catalog.Code.SeniorResponsibleOwnerDuty, catalog.Code.SkillsExpectation),
            new AssuranceView(catalog.Assurance.Title, catalog.Assurance.Publisher, catalog.Assurance.Version,
                catalog.Assurance.Method, catalog.Assurance.Answers),
            role?.Id,
            [.. catalog.Roles.Select(r => RoleView.From(r, catalog.Themes))],
            themes,
            new DraftView(catalog.Draft.Title, catalog.Draft.Published, [.. catalog.Draft.Provisions.Select(DraftProvisionView.From)]),
            catalog.Glossary);
    }
}

/// <summary>How many of each thing the output lists (after any role filter); APC claims and claims-tree claims apart.</summary>
internal sealed record CatalogCounts(int Themes, int Principles, int Claims, int ClaimsTreeClaims, int DraftProvisions);

internal sealed record CodeView(string Id, string Title, string Edition, DateOnly Published, string Publisher,
    string SeniorResponsibleOwner, string Skills);

internal sealed record AssuranceView(string Title, string Publisher, string Version, string Method, IReadOnlyList<string> Answers);

internal sealed record RoleView(string Id, string Name, string Description, IReadOnlyList<string> Examples,
    IReadOnlyDictionary<string, Applicability> Themes)
{
    public static RoleView From(StakeholderRole role, IEnumerable<Theme> themes) =>
        new(role.Id, role.Name, role.Description, role.Examples,
            themes.ToDictionary(t => t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), role.For));
}

internal sealed record ThemeView(int Id, string Title, string Purpose, Applicability? Applicability, IReadOnlyList<PrincipleView> Principles)
{
    public static ThemeView From(Theme theme, IReadOnlyList<StakeholderRole> roles, StakeholderRole? role) =>
        new(theme.Id, theme.Title, theme.Purpose, role?.For(theme),
            [.. theme.Principles.Select(p => PrincipleView.From(p, roles))]);
}

internal sealed record PrincipleView(
    string Id,
    int Theme,
    string Statement,
    IReadOnlyDictionary<string, Applicability> Applicability,
    IReadOnlyList<string> Guidance,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<DraftProvisionView> DraftProvisions)
{
    public static PrincipleView From(Principle principle, IReadOnlyList<StakeholderRole> roles) =>
        new(principle.Id.ToString(), principle.Theme.Id, principle.Statement,
            roles.ToDictionary(r => r.Id, r => r.For(principle)),
            principle.Guidance,
            [.. principle.Claims.Select(ClaimView.From)],
            [.. principle.DraftProvisions.Select(DraftProvisionView.From)]);
}

internal sealed record ClaimView(
    string Id,
    string Principle,
    string Statement,
    ClaimSource Source,
    ScanCoverage RepositoryScan,
    IReadOnlyList<string> SuggestedEvidence,
    IReadOnlyList<string> TechnicalControls)
{
    public static ClaimView From(Claim claim) =>
        new(claim.Id.ToString(), claim.Principle.Id.ToString(), claim.Statement, claim.Source, claim.ScanCoverage,
            claim.SuggestedEvidence, [.. claim.TechnicalControls.Select(c => c.Id)]);
}

internal sealed record DraftView(string Title, DateOnly Published, IReadOnlyList<DraftProvisionView> Provisions);

internal sealed record DraftProvisionView(
    string Id,
    ProvisionLevel Level,
    string Statement,
    IReadOnlyList<string> CarriedInto,
    bool NotCarried,
    string? Note,
    IReadOnlyList<TechnicalControlView> TechnicalControls)
{
    public static DraftProvisionView From(DraftProvision provision) =>
        new(provision.DisplayId, provision.Level, provision.Statement,
            [.. provision.CarriedInto.Select(p => p.Id.ToString())], !provision.IsCarried, provision.Note,
            [.. provision.TechnicalControls.Select(TechnicalControlView.From)]);
}

internal sealed record TechnicalControlView(string Id, string Title, string Outcome)
{
    public static TechnicalControlView From(TechnicalControl control) => new(control.Id, control.Title, control.Outcome);
}
