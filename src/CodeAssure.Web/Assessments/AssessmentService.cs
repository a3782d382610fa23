using System.Text;
using CodeAssure.Assurance.Evidence;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Catalog;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Assessments;

/// <summary>
/// Self-assessments of an organisation (product null) or of one of its products, stored as versions: the latest draft
/// row is edited in place; a signed-off row is never touched again, and the next edit starts a new draft row from it.
/// </summary>
internal sealed class AssessmentService(CodeAssureDbContext db, CodeCatalog catalog, TimeProvider time, ParsedAssessments parsedAssessments, Attestations.AttestationIssuer attestations)
{
    /// <summary>The largest evidence file accepted.</summary>
    public const long MaxFileBytes = 10L * 1024 * 1024;

    private static readonly EvidenceFilePolicy FilePolicy = new(MaxFileBytes);

    public CodeCatalog Catalog => catalog;

    /// <summary>The product of this organisation, or null when there is none with that id.</summary>
    public Task<Product?> ProductAsync(TenantContext tenant, Guid productId, CancellationToken ct) =>
        db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == tenant.Id && p.Id == productId, ct);

    public StakeholderRole RoleOf(TenantContext tenant) =>
        catalog.TryGetRole(tenant.Organisation.StakeholderRole, out var role)
            ? role
            : throw new InvalidInputException("stakeholderRole", $"The organisation's stakeholder role '{tenant.Organisation.StakeholderRole}' is not one of the Code's roles.");

    public Task<List<AssessmentVersion>> VersionsAsync(TenantContext tenant, Guid? productId, CancellationToken ct) =>
        db.AssessmentVersions.AsNoTracking()
            .Where(v => v.OrganisationId == tenant.Id && v.ProductId == productId)
            .OrderBy(v => v.Number)
            .ToListAsync(ct);

    public Task<AssessmentVersion?> VersionAsync(TenantContext tenant, Guid? productId, int number, CancellationToken ct) =>
        db.AssessmentVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.OrganisationId == tenant.Id && v.ProductId == productId && v.Number == number, ct);

    /// <summary>
    /// The latest version of every product's self-assessment, by product id, in one query: the dashboard compares all
    /// products, and one query per product dominated its time (products never assessed are absent).
    /// </summary>
    public async Task<Dictionary<Guid, Assessment>> LatestPerProductAsync(TenantContext tenant, CancellationToken ct)
    {
        var rows = await db.AssessmentVersions.AsNoTracking()
            .Where(v => v.OrganisationId == tenant.Id && v.ProductId != null
                && v.Number == db.AssessmentVersions
                    .Where(w => w.OrganisationId == tenant.Id && w.ProductId == v.ProductId)
                    .Max(w => w.Number))
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.ToDictionary(r => r.ProductId!.Value, parsedAssessments.Get);
    }

    /// <summary>The latest version (draft or snapshot), or a new unanswered assessment when nothing is stored yet.</summary>
    public async Task<Assessment> CurrentAsync(TenantContext tenant, Product? product, CancellationToken ct)
    {
        var latest = await LatestAsync(tenant, product?.Id, tracked: false, ct).ConfigureAwait(false);
        return latest is null ? Create(tenant, product) : Parse(latest);
    }

    /// <summary>Like <see cref="Parse"/>, but parsed once per distinct stored content (for read-only views).</summary>
    public Assessment ParseShared(AssessmentVersion row) => parsedAssessments.Get(row);

    public static Assessment Parse(AssessmentVersion row) => AssessmentJson.Read(Encoding.UTF8.GetBytes(row.Content));

    /// <summary>Changes one claim; the answer is checked with the assessment's own rules before anything is saved.</summary>
    public Task<Assessment> EditClaimAsync(TenantContext tenant, Product? product, string claimText, ClaimEdit edit, string actor, CancellationToken ct)
    {
        if (!ClaimId.TryParse(claimText, out var claimId))
        {
            throw new InvalidInputException("claim", $"'{Shorten(claimText)}' is not a claim id (e.g. 1.2.3).");
        }

        if (!AnswerText.TryParse(edit.Answer?.Trim(), out var answer))
        {
            throw new InvalidInputException("answer", "The answer must be one of unanswered, met, partially-met, not-met, not-applicable.");
        }

        var justification = Input.Optional("justification", edit.Justification, 4000, "The justification");
        var argument = Input.Optional("argument", edit.Argument, 8000, "The argument");
        var owner = Input.Optional("owner", edit.Owner, 200, "The owner");
        var target = Input.OptionalDate("targetDate", edit.TargetDate, "The target date");
        return ChangeAsync(tenant, product, actor, current =>
        {
            if (current.Find(claimId) is not { } existing)
            {
                throw new InvalidInputException("claim", $"Claim {claimId} is not part of this self-assessment (role {current.Role}).");
            }

            var changed = existing with
            {
                Answer = answer, Justification = justification, Argument = argument, Owner = owner, TargetDate = target,
                Evidence = edit.Evidence is null ? existing.Evidence : [.. edit.Evidence],
            };
            return current.WithClaim(changed);
        }, ct);
    }

    /// <summary>Adds an https link as evidence, optionally attached to a claim.</summary>
    public Task<Assessment> AddLinkAsync(TenantContext tenant, Product? product, string? title, string? url, string? claim, string actor, CancellationToken ct)
    {
        var checkedTitle = Input.Required("title", title, 200, "The title");
        var checkedUrl = Input.Required("url", url, 2000, "The link");
        if (!Uri.TryCreate(checkedUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidInputException("url", "The link must be an absolute https:// address.");
        }

        EvidenceItem item;
        try
        {
            item = EvidenceItem.Link("link-" + Guid.NewGuid().ToString("N")[..12], checkedTitle, uri.AbsoluteUri);
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException("url", e.Message);
        }

        return AttachAsync(tenant, product, item, claim, actor, ct);
    }

    /// <summary>Stores an uploaded file (type and size checked, SHA-256 computed) and adds it as evidence.</summary>
    public async Task<Assessment> AddFileAsync(TenantContext tenant, Product? product, string? fileName, Stream content, string? title, string? claim, string actor, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName ?? "");
        using var buffer = new MemoryStream();
        AcceptedEvidenceFile accepted;
        try
        {
            accepted = await FilePolicy.AcceptAsync(name, content, buffer, ct).ConfigureAwait(false);
        }
        catch (EvidenceFileRejectedException e)
        {
            throw new InvalidInputException("file", e.Message);
        }

        var stored = new AssessmentEvidenceFile
        {
            Id = Guid.NewGuid(), OrganisationId = tenant.Id, ProductId = product?.Id, FileName = accepted.FileName,
            MediaType = accepted.MediaType, Size = accepted.Size, Sha256 = accepted.Sha256, UploadedBy = actor,
            UploadedAt = time.GetUtcNow(), Content = buffer.ToArray(),
        };
        db.AssessmentEvidenceFiles.Add(stored);
        var item = accepted.ToEvidenceItem("file-" + stored.Id.ToString("N"), Input.Optional("title", title, 200, "The title"));
        return await AttachAsync(tenant, product, item, claim, actor, ct).ConfigureAwait(false);
    }

    public Task<AssessmentEvidenceFile?> FileAsync(TenantContext tenant, Guid id, CancellationToken ct) =>
        db.AssessmentEvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.OrganisationId == tenant.Id && f.Id == id, ct);

    /// <summary>What the latest evidence bundle of the product would fill in; nothing is saved.</summary>
    public async Task<(PrefillResult Result, StoredEvidenceBundle Bundle)?> PreviewPrefillAsync(TenantContext tenant, Product product, CancellationToken ct)
    {
        // SQLite cannot order by DateTimeOffset, so the (small) list of uploads is ordered here.
        var uploads = await db.EvidenceBundles.AsNoTracking()
            .Where(b => b.OrganisationId == tenant.Id && b.ProductId == product.Id)
            .Select(b => new { b.Id, b.UploadedAt })
            .ToListAsync(ct).ConfigureAwait(false);
        var latest = uploads.OrderByDescending(b => b.UploadedAt).FirstOrDefault();
        var bundle = latest is null ? null : await db.EvidenceBundles.AsNoTracking().FirstOrDefaultAsync(b => b.Id == latest.Id, ct).ConfigureAwait(false);
        if (bundle is null)
        {
            return null;
        }

        ScanBundle scan;
        try
        {
            scan = new EvidenceBundleReader().Read(bundle.Content);
        }
        catch (EvidenceBundleException e)
        {
            throw new InvalidInputException("bundle", "The latest evidence bundle cannot be used for pre-filling: " + e.Message);
        }

        var current = await CurrentAsync(tenant, product, ct).ConfigureAwait(false);
        return (AssessmentPrefill.Merge(current, scan, bundle.Id.ToString("D")), bundle);
    }

    /// <summary>Applies the latest bundle's proposals to unanswered claims only (human answers are never replaced).</summary>
    public async Task<PrefillResult?> ApplyPrefillAsync(TenantContext tenant, Product product, string actor, CancellationToken ct)
    {
        var preview = await PreviewPrefillAsync(tenant, product, ct).ConfigureAwait(false);
        if (preview is not { } p)
        {
            return null;
        }

        if (p.Result.Applied.Count > 0)
        {
            await ChangeAsync(tenant, product, actor, _ => p.Result.Assessment, ct, fromAutomation: true).ConfigureAwait(false);
        }

        return p.Result;
    }

    /// <summary>The SRO signs off the current draft, which freezes it as a snapshot.</summary>
    public async Task<AssessmentVersion> SignOffAsync(TenantContext tenant, Product? product, string signer, string? acknowledgement, string actor, CancellationToken ct)
    {
        var text = Input.Required("acknowledgement", acknowledgement, 2000, "The acknowledgement");
        var row = await LatestAsync(tenant, product?.Id, tracked: true, ct).ConfigureAwait(false);
        if (row is null || row.Status != AssessmentVersion.Draft)
        {
            throw new InvalidInputException("version", "There is no draft to sign off: answer the claims first (a signed-off version is not signed again).");
        }

        var now = time.GetUtcNow();
        Assessment signed;
        try
        {
            signed = Parse(row).SignOffBy(new SignOff(signer, SignOff.SeniorResponsibleOwnerRole, now, text), catalog);
        }
        catch (AssessmentException e)
        {
            var detail = e.Problems.Count == 0 ? e.Message : e.Message + ": " + string.Join("; ", e.Problems.Take(10).Select(p => p.ToString()))
                + (e.Problems.Count > 10 ? $"; and {e.Problems.Count - 10} more" : "");
            throw new InvalidInputException("version", detail);
        }

        Store(row, signed, actor, now);
        row.Status = AssessmentVersion.SignedOff;
        row.SignedOffBy = actor;
        row.SignedOffAt = now;
        if (product is not null)
        {
            // Saved with the sign-off: a signed-off product assessment always has its signed attestation.
            await attestations.IssueAsync(tenant, product, row, signed, ct).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return row;
    }

    private async Task<Assessment> AttachAsync(TenantContext tenant, Product? product, EvidenceItem item, string? claim, string actor, CancellationToken ct)
    {
        ClaimId? claimId = null;
        if (!string.IsNullOrWhiteSpace(claim))
        {
            claimId = ClaimId.TryParse(claim.Trim(), out var parsed)
                ? parsed
                : throw new InvalidInputException("claim", $"'{Shorten(claim)}' is not a claim id (e.g. 1.2.3).");
        }

        return await ChangeAsync(tenant, product, actor, current =>
        {
            var next = current.WithEvidence(item);
            if (claimId is { } id)
            {
                if (next.Find(id) is not { } existing)
                {
                    throw new InvalidInputException("claim", $"Claim {id} is not part of this self-assessment.");
                }

                next = next.WithClaim(existing with { Evidence = [.. existing.Evidence, item.Id] });
            }

            return next;
        }, ct).ConfigureAwait(false);
    }

    private async Task<Assessment> ChangeAsync(TenantContext tenant, Product? product, string actor, Func<Assessment, Assessment> change, CancellationToken ct, bool fromAutomation = false)
    {
        var row = await LatestAsync(tenant, product?.Id, tracked: true, ct).ConfigureAwait(false);
        var current = row is null ? Create(tenant, product) : Parse(row);
        Assessment next;
        try
        {
            next = change(current);
        }
        catch (AssessmentException e)
        {
            throw new InvalidInputException("assessment", e.Message);
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException("assessment", e.Message);
        }

        // Only the claims this change touched are checked: an earlier pre-filled gap still waiting for its owner must not
        // block an edit elsewhere. Pre-filled gaps get their owner and target date from a person later (sign-off checks all).
        var changed = next.Claims.Where(c => current.Find(c.Claim) is not { } before || !before.SameContentAs(c))
            .Select(c => c.Claim.ToString()).ToHashSet(StringComparer.Ordinal);
        var problems = next.Validate(catalog)
            .Where(p => p.Claim is not null && changed.Contains(p.Claim) && p.Field != "claim")
            .Where(p => !fromAutomation || p.Field is not ("owner" or "targetDate"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems[0].Field, Capitalise(problems[0].ToString()) + ".");
        }

        var now = time.GetUtcNow();
        if (row is null || row.Status == AssessmentVersion.SignedOff)
        {
            // The library numbers the next version (a snapshot's edit is version + 1, based on its digest).
            var added = new AssessmentVersion
            {
                Id = Guid.NewGuid(), OrganisationId = tenant.Id, ProductId = product?.Id, Number = next.Version,
                Scope = product?.Id.ToString("D") ?? AssessmentVersion.OrganisationScope,
                Status = AssessmentVersion.Draft, Content = "", Sha256 = "", CreatedBy = actor, CreatedAt = now, UpdatedBy = actor, UpdatedAt = now,
            };
            Store(added, next, actor, now);
            db.AssessmentVersions.Add(added);
        }
        else
        {
            Store(row, next, actor, now);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return next;
    }

    private static void Store(AssessmentVersion row, Assessment assessment, string actor, DateTimeOffset now)
    {
        row.Content = Encoding.UTF8.GetString(AssessmentJson.ToCanonicalUtf8(assessment));
        row.Sha256 = assessment.ComputeDigest();
        row.UpdatedBy = actor;
        row.UpdatedAt = now;
    }

    private Task<AssessmentVersion?> LatestAsync(TenantContext tenant, Guid? productId, bool tracked, CancellationToken ct)
    {
        var query = db.AssessmentVersions.Where(v => v.OrganisationId == tenant.Id && v.ProductId == productId);
        return (tracked ? query : query.AsNoTracking()).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
    }

    private Assessment Create(TenantContext tenant, Product? product) =>
        Assessment.Create(catalog, RoleOf(tenant), product is null ? AssessmentScope.Organisation : AssessmentScope.ForProduct(product.Name));

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
