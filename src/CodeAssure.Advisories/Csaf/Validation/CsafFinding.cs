namespace CodeAssure.Advisories.Csaf.Validation;

/// <summary>One hit of one CSAF test: which test, where (a JSON pointer into the document) and what is wrong.</summary>
/// <param name="TestId">The test's section number, e.g. <c>6.1.6</c>.</param>
/// <param name="TestName">The test's name in the specification.</param>
/// <param name="Group">Mandatory, optional or informative.</param>
/// <param name="Path">A JSON pointer, e.g. <c>/vulnerabilities/0/product_status/known_affected/1</c>.</param>
/// <param name="Message">What is wrong, in one line.</param>
public sealed record CsafFinding(string TestId, string TestName, CsafTestGroup Group, string Path, string Message);
