namespace CodeAssure.Web.Api;

/// <summary>Marks API routes a signed-in person may use but an API token may not (e.g. minting tokens).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
internal sealed class SessionOnlyAttribute : Attribute;
