using CodeAssure.Data.Entities;
using CodeAssure.Web.Attestations;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>The organisation's issued attestations and signing keys; the Owner rotates the key here.</summary>
internal sealed class AttestationsModel(AttestationCatalog catalog, SigningKeyStore keys) : FormPageModel
{
    public IReadOnlyList<AttestationSummary> Attestations { get; private set; } = [];

    public IReadOnlyList<OrganisationSigningKey> Keys { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var tenant = HttpContext.Tenant();
        Attestations = await catalog.ListAsync(tenant.Id, HttpContext.RequestAborted);
        Keys = await keys.ListAsync(tenant.Id, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostRotateAsync()
    {
        var tenant = HttpContext.Tenant();
        if (!tenant.IsOwner)
        {
            return Forbid();
        }

        await keys.RotateAsync(tenant.Id, HttpContext.RequestAborted);
        return Redirect($"/orgs/{tenant.Slug}/attestations");
    }
}
