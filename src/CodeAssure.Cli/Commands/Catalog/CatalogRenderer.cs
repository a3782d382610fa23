using CodeAssure.Catalog;
using CodeAssure.Cli.Output;

namespace CodeAssure.Cli.Commands.Catalog;

/// <summary>Writes the catalogue, or one entry of it, as a human-readable document (plain text or Markdown).</summary>
internal static class CatalogRenderer
{
    public static void RenderList(TextDocument doc, CodeCatalog catalog, StakeholderRole? role)
    {
        doc.Title($"{catalog.Code.Title} ({catalog.Code.Edition})");
        doc.Field("Catalogue", $"{catalog.Version}; claims from {catalog.Assurance.Publisher} {catalog.Assurance.Title} v{catalog.Assurance.Version}");
        if (role is not null)
        {
            var principles = catalog.ApplicablePrinciples(role).ToList();
            doc.Field("Role", $"{role.Id} ({role.Name}): {principles.Count} principles, {principles.Sum(p => p.Claims.Count)} claims");
        }

        foreach (var theme in catalog.Themes)
        {
            var applicability = role?.For(theme);
            if (applicability == Applicability.NotApplicable)
            {
                continue;
            }

            var note = applicability is null ? "" : $" [{Describe(applicability.Value)}]";
            doc.Heading($"Theme {theme.Id}: {theme.Title}{note}");
            foreach (var principle in theme.Principles)
            {
                doc.Row(0, principle.Id.ToString(), principle.Statement, role is null ? RolesNote(catalog, principle) : null);
                foreach (var claim in principle.Claims)
                {
                    doc.Row(1, claim.Id.ToString(), claim.Statement, ClaimNote(claim));
                }
            }
        }
    }

    public static void RenderEntry(TextDocument doc, CatalogEntry entry, CodeCatalog catalog)
    {
        switch (entry)
        {
            case CatalogEntry.OfTheme t:
                doc.Title($"Theme {t.Theme.Id}: {t.Theme.Title}");
                doc.Paragraph(t.Theme.Purpose);
                foreach (var role in catalog.Roles)
                {
                    doc.Field(role.Id, Describe(role.For(t.Theme)));
                }

                doc.Heading("Principles");
                foreach (var principle in t.Theme.Principles)
                {
                    doc.Row(0, principle.Id.ToString(), principle.Statement);
                }

                break;
            case CatalogEntry.OfPrinciple p:
                RenderPrinciple(doc, p.Principle, catalog);
                break;
            case CatalogEntry.OfClaim c:
                RenderClaim(doc, c.Claim);
                break;
            case CatalogEntry.OfDraftProvision d:
                doc.Title($"Draft provision {d.Provision.DisplayId} ({d.Provision.Level.ToString().ToLowerInvariant()})");
                doc.Paragraph(d.Provision.Statement);
                RenderCarried(doc, d.Provision);
                RenderControls(doc, d.Provision.TechnicalControls);
                break;
            case CatalogEntry.OfTechnicalControl tc:
                doc.Title($"Technical control {tc.Control.Id}: {tc.Control.Title}");
                doc.Paragraph(tc.Control.Outcome);
                doc.Field("Draft provisions", string.Join(", ", tc.Control.Provisions.Select(p => p.DisplayId)));
                doc.Field("Claims", string.Join(", ", catalog.Claims.Where(c => c.TechnicalControls.Contains(tc.Control)).Select(c => c.Id)));
                break;
            default:
                throw new InvalidOperationException($"unhandled catalogue entry {entry.GetType().Name}");
        }
    }

    private static void RenderPrinciple(TextDocument doc, Principle principle, CodeCatalog catalog)
    {
        doc.Title($"Principle {principle.Id}: {principle.Statement}");
        doc.Field("Theme", $"{principle.Theme.Id} {principle.Theme.Title}");
        foreach (var role in catalog.Roles)
        {
            doc.Field($"Applies to {role.Id}", Describe(role.For(principle)));
        }

        if (principle.Guidance.Count > 0)
        {
            doc.Heading("Implementation guidance");
            foreach (var line in principle.Guidance)
            {
                doc.Bullet(0, line);
            }
        }

        doc.Heading($"Claims ({principle.Claims.Count})");
        foreach (var claim in principle.Claims)
        {
            doc.Row(0, claim.Id.ToString(), claim.Statement, ClaimNote(claim));
            foreach (var evidence in claim.SuggestedEvidence)
            {
                doc.Bullet(1, $"evidence: {evidence}");
            }
        }

        doc.Heading("From the 2024 draft");
        if (principle.DraftProvisions.Count == 0)
        {
            doc.Paragraph("No draft provision was carried into this principle.");
        }

        foreach (var provision in principle.DraftProvisions)
        {
            doc.Row(0, provision.DisplayId, provision.Statement, provision.Level.ToString().ToLowerInvariant());
            foreach (var control in provision.TechnicalControls)
            {
                doc.Bullet(1, $"{control.Id} {control.Title} {control.Outcome}");
            }

            if (provision.Note is not null)
            {
                doc.Bullet(1, $"note: {provision.Note}");
            }
        }
    }

    private static void RenderClaim(TextDocument doc, Claim claim)
    {
        doc.Title($"Claim {claim.Id}: {claim.Statement}");
        doc.Field("Principle", $"{claim.Principle.Id} {claim.Principle.Statement}");
        doc.Field("Source", claim.Source == ClaimSource.ClaimsTree
            ? "NCSC claims-tree diagram (no matching claim in the APC list)"
            : "NCSC Assurance Principles and Claims");
        doc.Field("Repository scan", Describe(claim.ScanCoverage));
        doc.Heading("Suggested evidence");
        foreach (var evidence in claim.SuggestedEvidence)
        {
            doc.Bullet(0, evidence);
        }

        RenderControls(doc, claim.TechnicalControls);
    }

    private static void RenderCarried(TextDocument doc, DraftProvision provision)
    {
        doc.Field("Final Code", provision.IsCarried
            ? string.Join(", ", provision.CarriedInto.Select(p => $"{p.Id} {p.Statement}"))
            : "not carried into the final Code");
        if (provision.Note is not null)
        {
            doc.Field("Note", provision.Note);
        }
    }

    private static void RenderControls(TextDocument doc, IReadOnlyList<TechnicalControl> controls)
    {
        if (controls.Count == 0)
        {
            return;
        }

        doc.Heading("Technical controls (2024 draft)");
        foreach (var control in controls)
        {
            doc.Row(0, control.Id, $"{control.Title} {control.Outcome}");
        }
    }

    private static string RolesNote(CodeCatalog catalog, Principle principle) =>
        string.Join(", ", catalog.Roles.Where(r => r.For(principle) != Applicability.NotApplicable)
            .Select(r => r.For(principle) == Applicability.WhereInScope ? $"{r.Id} where in scope" : r.Id));

    private static string ClaimNote(Claim claim)
    {
        var scan = $"scan: {Describe(claim.ScanCoverage)}";
        return claim.Source == ClaimSource.ClaimsTree ? $"{scan}; from the claims tree" : scan;
    }

    public static string Describe(Applicability applicability) => applicability switch
    {
        Applicability.Applies => "applies",
        Applicability.WhereInScope => "applies where in scope",
        _ => "not applicable",
    };

    private static string Describe(ScanCoverage coverage) => coverage switch
    {
        ScanCoverage.Automatic => "automatic",
        ScanCoverage.Supporting => "supporting",
        _ => "manual",
    };
}
