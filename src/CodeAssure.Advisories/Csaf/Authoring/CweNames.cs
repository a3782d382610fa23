namespace CodeAssure.Advisories.Csaf.Authoring;

/// <summary>
/// Names of the most frequent CWE weaknesses (MITRE's CWE Top 25 and a few common in dependencies). CSAF requires the
/// CWE name beside its id and test 6.1.11 wants it to be the catalogue's name, so a CWE outside this list is named in
/// a note instead of the <c>cwe</c> field.
/// </summary>
public static class CweNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CWE-20"] = "Improper Input Validation",
        ["CWE-22"] = "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')",
        ["CWE-77"] = "Improper Neutralization of Special Elements used in a Command ('Command Injection')",
        ["CWE-78"] = "Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')",
        ["CWE-79"] = "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')",
        ["CWE-89"] = "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')",
        ["CWE-94"] = "Improper Control of Generation of Code ('Code Injection')",
        ["CWE-119"] = "Improper Restriction of Operations within the Bounds of a Memory Buffer",
        ["CWE-125"] = "Out-of-bounds Read",
        ["CWE-190"] = "Integer Overflow or Wraparound",
        ["CWE-200"] = "Exposure of Sensitive Information to an Unauthorized Actor",
        ["CWE-269"] = "Improper Privilege Management",
        ["CWE-287"] = "Improper Authentication",
        ["CWE-306"] = "Missing Authentication for Critical Function",
        ["CWE-352"] = "Cross-Site Request Forgery (CSRF)",
        ["CWE-400"] = "Uncontrolled Resource Consumption",
        ["CWE-416"] = "Use After Free",
        ["CWE-434"] = "Unrestricted Upload of File with Dangerous Type",
        ["CWE-476"] = "NULL Pointer Dereference",
        ["CWE-502"] = "Deserialization of Untrusted Data",
        ["CWE-601"] = "URL Redirection to Untrusted Site ('Open Redirect')",
        ["CWE-611"] = "Improper Restriction of XML External Entity Reference",
        ["CWE-770"] = "Allocation of Resources Without Limits or Throttling",
        ["CWE-787"] = "Out-of-bounds Write",
        ["CWE-798"] = "Use of Hard-coded Credentials",
        ["CWE-862"] = "Missing Authorization",
        ["CWE-863"] = "Incorrect Authorization",
        ["CWE-918"] = "Server-Side Request Forgery (SSRF)",
        ["CWE-1321"] = "Improperly Controlled Modification of Object Prototype Attributes ('Prototype Pollution')",
    };

    /// <summary>The catalogue name of <paramref name="id"/> (e.g. <c>CWE-79</c>), or null when it is not in the list.</summary>
    public static string? NameOf(string id) => Names.GetValueOrDefault(id.Trim());
}
