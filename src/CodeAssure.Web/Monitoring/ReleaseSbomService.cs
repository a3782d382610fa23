using System.Security.Cryptography;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Sbom.Model;
using CodeAssure.Sbom.PackageUrls;
using CodeAssure.Sbom.Readers;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Monitoring;

/// <summary>
/// Attaches SBOMs to releases: reads the document once with CodeAssure.Sbom's readers (any CycloneDX or SPDX
/// encoding; XML never resolves external entities), keeps the bytes with their SHA-256, stores the components as
/// rows for matching, and enqueues a match job for the release in the same transaction.
/// </summary>
internal sealed class ReleaseSbomService(CodeAssureDbContext db, JobQueue jobs, TimeProvider time)
{
    /// <summary>The most components one SBOM may list.</summary>
    public const int MaxComponents = 100_000;

    public Task<Release?> FindReleaseAsync(TenantContext tenant, Guid productId, Guid releaseId, CancellationToken cancellationToken) =>
        db.Releases.AsNoTracking().FirstOrDefaultAsync(r => r.OrganisationId == tenant.Id && r.ProductId == productId && r.Id == releaseId, cancellationToken);

    public Task<Release?> FindReleaseAsync(TenantContext tenant, Guid releaseId, CancellationToken cancellationToken) =>
        db.Releases.AsNoTracking().FirstOrDefaultAsync(r => r.OrganisationId == tenant.Id && r.Id == releaseId, cancellationToken);

    /// <summary>The release's SBOM with its bytes, or null (no such release in the tenant, or no SBOM).</summary>
    public Task<ReleaseSbom?> FindAsync(TenantContext tenant, Guid releaseId, CancellationToken cancellationToken) =>
        db.ReleaseSboms.AsNoTracking().FirstOrDefaultAsync(s => s.OrganisationId == tenant.Id && s.ReleaseId == releaseId, cancellationToken);

    /// <summary>
    /// The lower-case hex SHA-256 of the release's SBOM, or null when it has none: the subject digest an attestation
    /// about the release names.
    /// </summary>
    public Task<string?> Sha256Async(Guid organisationId, Guid releaseId, CancellationToken cancellationToken) =>
        db.ReleaseSboms.AsNoTracking().Where(s => s.OrganisationId == organisationId && s.ReleaseId == releaseId)
            .Select(s => s.Sha256).FirstOrDefaultAsync(cancellationToken);

    public Task<List<ReleaseComponent>> ComponentsAsync(TenantContext tenant, Guid releaseId, CancellationToken cancellationToken) =>
        db.ReleaseComponents.AsNoTracking().Where(c => c.OrganisationId == tenant.Id && c.ReleaseId == releaseId)
            .OrderBy(c => c.Name).ThenBy(c => c.Version).ToListAsync(cancellationToken);

    /// <summary>
    /// Reads and stores the SBOM for the release (replacing any earlier one) and enqueues its match job.
    /// Returns null when the release is not the tenant's.
    /// </summary>
    /// <exception cref="InvalidInputException">The document is not a readable SBOM (the message says where and why).</exception>
    public async Task<(ReleaseSbom Sbom, Guid JobId)?> UploadAsync(
        TenantContext tenant, Guid productId, Guid releaseId, byte[] content, string uploadedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var release = await FindReleaseAsync(tenant, productId, releaseId, cancellationToken).ConfigureAwait(false);
        if (release is null)
        {
            return null;
        }

        var document = Read(content);
        var components = Components(document, tenant.Id, releaseId);
        if (components.Count > MaxComponents)
        {
            throw new InvalidInputException("sbom", $"The SBOM lists {components.Count} components; at most {MaxComponents} are accepted.");
        }

        var sbom = new ReleaseSbom
        {
            Id = Guid.NewGuid(),
            OrganisationId = tenant.Id,
            ProductId = productId,
            ReleaseId = releaseId,
            Format = Clip($"{(document.Format == SbomFormat.CycloneDx ? "CycloneDX" : "SPDX")} {document.SpecVersion}", 40),
            MediaType = MediaTypeOf(document, content),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            SizeBytes = content.LongLength,
            ComponentCount = components.Count,
            UploadedBy = Clip(uploadedBy, 450),
            UploadedAt = time.GetUtcNow(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.ReleaseComponents.Where(c => c.ReleaseId == releaseId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

        // The replaced SBOM is removed through the change tracker so that its deletion is audited.
        if (await db.ReleaseSboms.FirstOrDefaultAsync(s => s.ReleaseId == releaseId, cancellationToken).ConfigureAwait(false) is { } previous)
        {
            db.ReleaseSboms.Remove(previous);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        db.ReleaseSboms.Add(sbom);
        db.ReleaseComponents.AddRange(components);
        var job = jobs.Add(JobKinds.MatchRelease, releaseId.ToString());
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return (sbom, job.Id);
    }

    private static SbomDocument Read(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            return SbomReader.Read(stream, "sbom", new SbomReadOptions { MaxInputBytes = MonitoringSettings.MaxSbomBytes });
        }
        catch (SbomFormatException e)
        {
            throw new InvalidInputException("sbom", "The SBOM cannot be read: " + OneLine(e.Message));
        }
    }

    // Every component with its package URL, the metadata component included (a product can be vulnerable itself).
    private static List<ReleaseComponent> Components(SbomDocument document, Guid organisationId, Guid releaseId)
    {
        var all = document.Metadata.Component is { } root ? document.Components.Prepend(root) : document.Components;
        return all
            .Select(c => (Component: c, Purl: c.Purl?.Trim() ?? ""))
            .DistinctBy(c => c.Purl.Length == 0 ? $"\0{c.Component.Group}/{c.Component.Name}@{c.Component.Version}" : c.Purl, StringComparer.Ordinal)
            .Select(c => new ReleaseComponent
            {
                Id = Guid.NewGuid(),
                OrganisationId = organisationId,
                ReleaseId = releaseId,
                Purl = c.Purl.Length > 2000 ? "" : c.Purl,
                Name = Clip(c.Component.Group is null ? c.Component.Name : $"{c.Component.Group}/{c.Component.Name}", 1000),
                Version = c.Component.Version is null ? null : Clip(c.Component.Version, 200),
                Ecosystem = PackageUrl.TryParse(c.Purl, out var purl) ? Clip(purl.Type, 40) : null,
            })
            .ToList();
    }

    // Recorded so a download answers with the type the document was sent as.
    private static string MediaTypeOf(SbomDocument document, byte[] content)
    {
        var first = content.AsSpan().TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        var xml = first.Length > 0 && first[0] == (byte)'<';
        var json = first.Length > 0 && first[0] == (byte)'{';
        return document.Format switch
        {
            SbomFormat.CycloneDx => xml ? "application/vnd.cyclonedx+xml" : "application/vnd.cyclonedx+json",
            _ when json => "application/spdx+json",
            _ when xml => "application/xml",
            _ => "text/plain",
        };
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
