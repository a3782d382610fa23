namespace CodeAssure.Assurance.Evidence;

/// <summary>What an evidence item is.</summary>
public enum EvidenceKind
{
    /// <summary>An uploaded file, known by its SHA-256.</summary>
    File,

    /// <summary>An https link to a document held elsewhere.</summary>
    Link,

    /// <summary>A check's result from an uploaded <c>codeassure scan</c> evidence bundle.</summary>
    Automated,
}
