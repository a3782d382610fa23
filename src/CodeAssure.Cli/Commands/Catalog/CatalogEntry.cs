using CodeAssure.Catalog;

namespace CodeAssure.Cli.Commands.Catalog;

/// <summary>One thing <c>catalog show</c> can show, found by the id the user typed.</summary>
internal abstract record CatalogEntry
{
    public sealed record OfTheme(Theme Theme) : CatalogEntry;

    public sealed record OfPrinciple(Principle Principle) : CatalogEntry;

    public sealed record OfClaim(Claim Claim) : CatalogEntry;

    public sealed record OfDraftProvision(DraftProvision Provision) : CatalogEntry;

    public sealed record OfTechnicalControl(TechnicalControl Control) : CatalogEntry;

    /// <summary>
    /// Resolves an id: a theme (3), a principle (4.2), a claim (4.2.1, 1.2.T1), a draft provision (D3.6) or a
    /// technical control (TC-1.4.2). Throws a <see cref="UsageException"/> naming what was expected otherwise.
    /// </summary>
    public static CatalogEntry Find(CodeCatalog catalog, string text)
    {
        var id = text.Trim();
        if (int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var themeId)
            && catalog.Themes.FirstOrDefault(t => t.Id == themeId) is { } theme)
        {
            return new OfTheme(theme);
        }

        if (PrincipleId.TryParse(id, out var principleId) && catalog.TryGetPrinciple(principleId, out var principle))
        {
            return new OfPrinciple(principle);
        }

        if (ClaimId.TryParse(id.ToUpperInvariant(), out var claimId) && catalog.TryGetClaim(claimId, out var claim))
        {
            return new OfClaim(claim);
        }

        if (id.Length > 1 && (id[0] is 'D' or 'd') && PrincipleId.TryParse(id[1..], out var draftId)
            && catalog.TryGetDraftProvision(draftId, out var provision))
        {
            return new OfDraftProvision(provision);
        }

        if (catalog.TryGetTechnicalControl(id, out var control))
        {
            return new OfTechnicalControl(control);
        }

        var shown = id.Length > 40 ? id[..40] + "…" : id;
        throw new UsageException(
            $"unknown id '{shown}': expected a theme (1-{catalog.Themes.Count}), a principle (e.g. 4.2), a claim (e.g. 4.2.1), " +
            "a draft provision (e.g. D3.6) or a technical control (e.g. TC-1.4.2)");
    }
}
