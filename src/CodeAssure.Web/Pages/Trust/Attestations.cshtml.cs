using CodeAssure.Web.Attestations;
using CodeAssure.Web.Trust;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CodeAssure.Web.Pages.Trust;

/// <summary>The public list of an organisation's attestations (404 unless <see cref="PortalAccess"/> allows the visitor).</summary>
internal sealed class TrustAttestationsModel(PortalAccess access, AttestationCatalog catalog) : PageModel
{
    public string OrganisationName { get; private set; } = "";

    public string Slug { get; private set; } = "";

    public IReadOnlyList<AttestationSummary> Attestations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await access.ResolveAsync(User, slug, HttpContext.RequestAborted) is not { } organisation)
        {
            return NotFound();
        }

        OrganisationName = organisation.Name;
        Slug = organisation.Slug;
        Attestations = await catalog.ListAsync(organisation.Id, HttpContext.RequestAborted);
        return Page();
    }
}
