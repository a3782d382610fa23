namespace CodeAssure.Sbom.Validation;

/// <summary>
/// The least the purl specification requires of every package URL: the scheme <c>pkg:</c>, a type (ASCII letters,
/// digits, '.', '+', '-', not starting with a digit), a non-empty name, and well-formed percent escapes.
/// Type-specific rules are not checked here.
/// </summary>
internal sealed class MinimalPurlSyntax : IPurlSyntax
{
    /// <inheritdoc />
    public string? Check(string purl)
    {
        if (!purl.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase))
        {
            return "must start with the scheme 'pkg:'";
        }

        var rest = purl[4..].TrimStart('/');
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            rest = rest[..hash];
        }

        var query = rest.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            rest = rest[..query];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return slash == 0 ? "has no type" : "has no name after the type (pkg:type/name)";
        }

        var type = rest[..slash];
        if (char.IsAsciiDigit(type[0]) || !type.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '-'))
        {
            return $"type '{type}' may only contain ASCII letters, digits, '.', '+' and '-', and may not start with a digit";
        }

        var path = rest[(slash + 1)..].TrimEnd('/');
        var at = path.LastIndexOf('@');
        var lastSlash = path.LastIndexOf('/');
        if (at > lastSlash)
        {
            path = path[..at];
        }

        var name = path[(path.LastIndexOf('/') + 1)..];
        if (name.Length == 0)
        {
            return "has no name";
        }

        for (var i = 0; i < purl.Length; i++)
        {
            if (purl[i] == '%' && (i + 2 >= purl.Length || !char.IsAsciiHexDigit(purl[i + 1]) || !char.IsAsciiHexDigit(purl[i + 2])))
            {
                return "has a malformed percent escape";
            }
        }

        return null;
    }
}
