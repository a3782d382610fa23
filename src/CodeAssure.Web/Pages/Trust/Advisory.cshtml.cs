using CodeAssure.Data.Entities;
using CodeAssure.Web.Trust;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Trust;

/// <summary>One published advisory rendered from its CSAF document, with a link to the CSAF JSON.</summary>
internal sealed class AdvisoryModel(PortalAccess access, PortalService portal) : PortalPageModel(access)
{
    public Advisory Advisory { get; private set; } = null!;

    /// <summary>The document, or null when the stored JSON could not be read (<see cref="ReadError"/> says why).</summary>
    public CsafAdvisoryView? Csaf { get; private set; }

    public string? ReadError { get; private set; }

    /// <summary>Where the advisories helper's CSAF provider serves this document (CSAF 2.0 §5.1 file name, by year).</summary>
    public string CsafPath => $"{Base}/csaf/{(Advisory.InitialReleaseDate ?? Advisory.CurrentReleaseDate).UtcDateTime.Year}/{CsafAdvisoryView.FileNameOf(Advisory.TrackingId)}";

    public async Task<IActionResult> OnGetAsync(string? trackingId)
    {
        // Kestrel decodes every escape in the path except %2F, which tracking ids such as "OASIS: #/CSAF-1" need.
        trackingId = trackingId?.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        if (!await ResolveAsync() || await portal.AdvisoryAsync(Vendor, trackingId, HttpContext.RequestAborted) is not { } advisory)
        {
            return NotFound();
        }

        Advisory = advisory;
        Csaf = CsafAdvisoryView.TryRead(advisory.CsafJson, out var error);
        ReadError = error;
        return Page();
    }
}
