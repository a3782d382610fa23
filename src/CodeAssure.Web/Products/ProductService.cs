using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Products;

/// <summary>Products and their releases; every query is filtered by the tenant, so other organisations' rows never match.</summary>
internal sealed class ProductService(CodeAssureDbContext db, TimeProvider time)
{
    public Task<List<Product>> ListAsync(TenantContext tenant, CancellationToken cancellationToken) =>
        db.Products.AsNoTracking().Where(p => p.OrganisationId == tenant.Id).OrderBy(p => p.Name).ToListAsync(cancellationToken);

    public Task<Product?> FindAsync(TenantContext tenant, Guid id, CancellationToken cancellationToken) =>
        db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == tenant.Id && p.Id == id, cancellationToken);

    /// <summary>Finds a product by id or exact name (what <c>scan --upload --product</c> passes).</summary>
    public Task<Product?> FindByIdOrNameAsync(TenantContext tenant, string idOrName, CancellationToken cancellationToken) =>
        Guid.TryParse(idOrName, out var id)
            ? FindAsync(tenant, id, cancellationToken)
            : db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == tenant.Id && p.Name == idOrName, cancellationToken);

    public async Task<Product> CreateAsync(TenantContext tenant, string? name, string? description, CancellationToken cancellationToken)
    {
        var product = new Product
        {
            Id = Guid.NewGuid(),
            OrganisationId = tenant.Id,
            Name = Input.Required("name", name, 200, "The product name"),
            Description = Input.Optional("description", description, 2000, "The description"),
            CreatedAt = time.GetUtcNow(),
        };
        await EnsureUniqueNameAsync(tenant, product.Name, null, cancellationToken).ConfigureAwait(false);
        db.Products.Add(product);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return product;
    }

    public async Task<Product?> UpdateAsync(TenantContext tenant, Guid id, string? name, string? description, CancellationToken cancellationToken)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.OrganisationId == tenant.Id && p.Id == id, cancellationToken).ConfigureAwait(false);
        if (product is null)
        {
            return null;
        }

        var newName = Input.Required("name", name, 200, "The product name");
        await EnsureUniqueNameAsync(tenant, newName, id, cancellationToken).ConfigureAwait(false);
        product.Name = newName;
        product.Description = Input.Optional("description", description, 2000, "The description");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return product;
    }

    public async Task<bool> DeleteAsync(TenantContext tenant, Guid id, CancellationToken cancellationToken)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.OrganisationId == tenant.Id && p.Id == id, cancellationToken).ConfigureAwait(false);
        if (product is null)
        {
            return false;
        }

        // Releases and evidence go with the product; load them so each deletion is audited too.
        db.Releases.RemoveRange(await db.Releases.Where(r => r.ProductId == id).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.EvidenceBundles.RemoveRange(await db.EvidenceBundles.Where(b => b.ProductId == id).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.SupportNotices.RemoveRange(await db.SupportNotices.Where(n => n.ProductId == id).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.SupportPolicies.RemoveRange(await db.SupportPolicies.Where(p => p.ProductId == id).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.SupportPeriods.RemoveRange(await db.SupportPeriods.Where(p => p.ProductId == id).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.Products.Remove(product);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public Task<List<Release>> ReleasesAsync(TenantContext tenant, Guid productId, CancellationToken cancellationToken) =>
        db.Releases.AsNoTracking().Where(r => r.OrganisationId == tenant.Id && r.ProductId == productId)
            .OrderByDescending(r => r.ReleasedOn).ThenBy(r => r.Version).ToListAsync(cancellationToken);

    public async Task<Release?> AddReleaseAsync(TenantContext tenant, Guid productId, string? version, string? releasedOn, CancellationToken cancellationToken)
    {
        if (await FindAsync(tenant, productId, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        var release = new Release
        {
            Id = Guid.NewGuid(),
            OrganisationId = tenant.Id,
            ProductId = productId,
            Version = Input.Required("version", version, 100, "The version"),
            ReleasedOn = Input.Date("releasedOn", releasedOn, "The release date"),
        };
        if (release.Version.Any(char.IsWhiteSpace))
        {
            throw new InvalidInputException("version", "The version must not contain spaces.");
        }

        if (await db.Releases.AnyAsync(r => r.ProductId == productId && r.Version == release.Version, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidInputException("version", $"Version {release.Version} is already recorded.");
        }

        db.Releases.Add(release);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return release;
    }

    public async Task<bool> DeleteReleaseAsync(TenantContext tenant, Guid productId, Guid releaseId, CancellationToken cancellationToken)
    {
        var release = await db.Releases.FirstOrDefaultAsync(
            r => r.OrganisationId == tenant.Id && r.ProductId == productId && r.Id == releaseId, cancellationToken).ConfigureAwait(false);
        if (release is null)
        {
            return false;
        }

        db.Releases.Remove(release);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task EnsureUniqueNameAsync(TenantContext tenant, string name, Guid? except, CancellationToken cancellationToken)
    {
        if (await db.Products.AnyAsync(p => p.OrganisationId == tenant.Id && p.Name == name && p.Id != except, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidInputException("name", $"A product called '{name}' already exists.");
        }
    }
}
