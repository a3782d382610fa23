namespace CodeAssure.Sbom.Readers.Spdx;

/// <summary>Which way a relationship points, seen as "depends on".</summary>
internal enum EdgeDirection
{
    /// <summary>The element depends on the related element.</summary>
    Forward,

    /// <summary>The related element depends on the element.</summary>
    Reverse,
}
