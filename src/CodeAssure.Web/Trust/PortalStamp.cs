using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Trust;

/// <summary>
/// An organisation's portal at one moment: who may see it, and a digest of everything its pages show. A cached page
/// is served only while the digest it was rendered under is still current.
/// </summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Visibility">Who may see the portal.</param>
/// <param name="Version">The digest of the portal's data and of today's date (support status depends on it).</param>
internal sealed record PortalStamp(Guid OrganisationId, PortalVisibility Visibility, string Version);
