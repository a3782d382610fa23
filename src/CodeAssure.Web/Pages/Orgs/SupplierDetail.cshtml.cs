using CodeAssure.Catalog;
using CodeAssure.Web.Suppliers;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>
/// One supplier: products in use, imported attestations and the latest valid one's principles, advisories affecting the
/// products in use, alerts and incidents; edit, import (upload or portal address), re-verify, acknowledge.
/// </summary>
internal sealed class SupplierDetailModel(SupplierRegister register, SupplierImporter importer, CodeCatalog catalog) : FormPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public SupplierDetail Detail { get; private set; } = null!;

    public CodeCatalog Catalog => catalog;

    /// <summary>What the last import or re-verification did, one line each.</summary>
    public IReadOnlyList<SupplierImportItem> Results { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? PortalUrl { get; set; }

    [BindProperty]
    public string? Contact { get; set; }

    [BindProperty]
    public string? AttestationMaxAgeDays { get; set; }

    [BindProperty]
    public string? ProductName { get; set; }

    [BindProperty]
    public string? VersionInUse { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    [BindProperty]
    public string? ImportAddress { get; set; }

    [BindProperty]
    public IFormFile? AttestationFile { get; set; }

    [BindProperty]
    public IFormFile? KeySetFile { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var s = Detail.Supplier;
        (Name, PortalUrl, Contact, AttestationMaxAgeDays) = (s.Name, s.PortalUrl, s.Contact, s.AttestationMaxAgeDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync()
    {
        var found = true;
        if (await TryAsync(async () => found = await register.UpdateAsync(HttpContext.Tenant(), Id, new SupplierInput(Name, PortalUrl, Contact, AttestationMaxAgeDays), HttpContext.RequestAborted)))
        {
            return found ? Back() : NotFound();
        }

        return await RenderAsync(keepSupplierFields: true);
    }

    public async Task<IActionResult> OnPostDeleteAsync() =>
        await register.DeleteAsync(HttpContext.Tenant(), Id, HttpContext.RequestAborted)
            ? Redirect($"/orgs/{HttpContext.Tenant().Slug}/suppliers")
            : NotFound();

    public async Task<IActionResult> OnPostAddProductAsync()
    {
        var found = true;
        if (await TryAsync(async () => found = await register.AddProductAsync(HttpContext.Tenant(), Id, new SupplierProductInput(ProductName, VersionInUse, Notes), HttpContext.RequestAborted) is not null))
        {
            return found ? Back() : NotFound();
        }

        return await RenderAsync(keepSupplierFields: false);
    }

    public async Task<IActionResult> OnPostEditProductAsync(Guid productId, string? editName, string? editVersion, string? editNotes)
    {
        var found = true;
        if (await TryAsync(async () => found = await register.UpdateProductAsync(HttpContext.Tenant(), Id, productId, new SupplierProductInput(editName, editVersion, editNotes), HttpContext.RequestAborted)))
        {
            return found ? Back() : NotFound();
        }

        return await RenderAsync(keepSupplierFields: false);
    }

    public async Task<IActionResult> OnPostDeleteProductAsync(Guid productId) =>
        await register.DeleteProductAsync(HttpContext.Tenant(), Id, productId, HttpContext.RequestAborted) ? Back() : NotFound();

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid alertId) =>
        await register.AcknowledgeAsync(HttpContext.Tenant(), alertId, User.Identity?.Name ?? UserId, HttpContext.RequestAborted) ? Back() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync()
    {
        var found = true;
        await TryAsync(async () =>
        {
            var file = await ReadAsync(AttestationFile, "AttestationFile", "the attestation file");
            var keys = KeySetFile is null ? null : await ReadAsync(KeySetFile, "KeySet", "the key set");
            var item = await importer.ImportUploadAsync(HttpContext.Tenant(), Id, file, keys, User.Identity?.Name ?? UserId, HttpContext.RequestAborted);
            found = item is not null;
            Results = item is null ? [] : [item];
        });
        return found ? await RenderAsync(keepSupplierFields: false) : NotFound();
    }

    public async Task<IActionResult> OnPostImportUrlAsync()
    {
        var found = true;
        await TryAsync(async () =>
        {
            var items = await importer.ImportUrlAsync(HttpContext.Tenant(), Id, ImportAddress, User.Identity?.Name ?? UserId, HttpContext.RequestAborted);
            found = items is not null;
            Results = items ?? [];
        });
        return found ? await RenderAsync(keepSupplierFields: false) : NotFound();
    }

    public async Task<IActionResult> OnPostReverifyAsync(Guid attestationId)
    {
        var found = true;
        await TryAsync(async () =>
        {
            var keys = KeySetFile is null ? null : await ReadAsync(KeySetFile, "KeySet", "the key set");
            var item = await importer.ReverifyAsync(HttpContext.Tenant(), Id, attestationId, keys, HttpContext.RequestAborted);
            found = item is not null;
            Results = item is null ? [] : [item];
        });
        return found ? await RenderAsync(keepSupplierFields: false) : NotFound();
    }

    private async Task<IActionResult> RenderAsync(bool keepSupplierFields)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!keepSupplierFields)
        {
            var s = Detail.Supplier;
            (Name, PortalUrl, Contact, AttestationMaxAgeDays) = (s.Name, s.PortalUrl, s.Contact, s.AttestationMaxAgeDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        Detail = (await register.DetailAsync(HttpContext.Tenant().Id, Id, HttpContext.RequestAborted))!;
        return Detail is not null;
    }

    private RedirectResult Back() => Redirect($"/orgs/{HttpContext.Tenant().Slug}/suppliers/{Id}");

    private static async Task<byte[]> ReadAsync(IFormFile? file, string field, string what)
    {
        if (file is null || file.Length == 0)
        {
            throw new InvalidInputException(field, $"Choose {what} to upload.");
        }

        if (file.Length > SupplierImporter.MaxUploadBytes)
        {
            throw new InvalidInputException(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} is {file.Length:N0} bytes; the limit is {SupplierImporter.MaxUploadBytes:N0} bytes.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
