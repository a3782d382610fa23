namespace CodeAssure.Sbom.PackageUrls;

/// <summary>A package URL (or a set of components) that is not valid; the message is one line saying what is wrong.</summary>
public sealed class PackageUrlFormatException : FormatException
{
    /// <summary>Creates the exception with a one-line reason and its kind.</summary>
    public PackageUrlFormatException(string message, PackageUrlErrorKind kind)
        : base(message)
    {
        Kind = kind;
    }

    /// <summary>Creates the exception with a one-line reason (a syntax error).</summary>
    public PackageUrlFormatException(string message)
        : this(message, PackageUrlErrorKind.Syntax)
    {
    }

    /// <summary>Creates the exception with no reason; prefer the constructors that say what is wrong.</summary>
    public PackageUrlFormatException()
        : this("invalid package URL")
    {
    }

    /// <summary>Creates the exception with a reason and the error that caused it.</summary>
    public PackageUrlFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Whether the core syntax or a type's own rule was broken.</summary>
    public PackageUrlErrorKind Kind { get; }
}
