using CodeAssure.Sbom.Model;
using CodeAssure.Sbom.PackageUrls;

namespace CodeAssure.Sbom.Comparison;

/// <summary>
/// What makes two components "the same package" across SBOMs, whatever their versions: the package URL without
/// its version (type, namespace, name, qualifiers, subpath — canonical, so spelling differences don't count),
/// or, for components without a valid purl, the type, group and name.
/// </summary>
public static class ComponentIdentity
{
    /// <summary>The version-less key of a component.</summary>
    public static string KeyOf(SbomComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (component.Purl is not null && PackageUrl.TryParse(component.Purl, out var purl))
        {
            return PackageUrl.Create(purl.Type, purl.Namespace, purl.Name, null, purl.Qualifiers, purl.Subpath).ToString();
        }

        return $"{component.Type ?? "library"}:{component.Group}/{component.Name}";
    }
}
