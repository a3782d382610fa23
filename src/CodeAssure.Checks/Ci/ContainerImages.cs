using System.Text.RegularExpressions;
using CodeAssure.Checks.Ci.Yaml;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Ci;

/// <summary>Tells whether a container image reference is pinned by content digest.</summary>
internal static partial class ContainerImages
{
    /// <summary>True when the image names a digest (name@sha256:…), so it cannot change under the build.</summary>
    public static bool IsPinned(string image) => Digest().IsMatch(image);

    /// <summary>True when the reference is built from variables, so the definition alone cannot tell what runs.</summary>
    public static bool IsDynamic(string image) => image.Contains('$', StringComparison.Ordinal);

    /// <summary>Reports an image reference (a scalar) that is not pinned by digest.</summary>
    public static void Check(CiYamlDocument document, YamlNode? node, List<CheckFinding> findings)
    {
        if (node is not YamlScalar scalar)
        {
            return;
        }

        var image = scalar.Value.Trim();
        if (image.Length == 0 || IsDynamic(image) || IsPinned(image))
        {
            return;
        }

        findings.Add(CiFindings.At(
            CiChecks.ImageNotPinned, document, scalar,
            $"container image '{image}' is not pinned by digest; the tag can be re-pointed to a different image", image));
    }

    [GeneratedRegex(@"@sha(256:[0-9a-fA-F]{64}|512:[0-9a-fA-F]{128})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Digest();
}
