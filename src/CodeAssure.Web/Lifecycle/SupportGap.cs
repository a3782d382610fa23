namespace CodeAssure.Web.Lifecycle;

/// <summary>Something that falls short of principles 4.1/4.2 for one product, for the dashboard and the support page.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="ProductName">Its name.</param>
/// <param name="Kind">no-policy, no-periods, short-notice or not-announced.</param>
/// <param name="Principle">The principle it is a gap against (4.1 or 4.2).</param>
/// <param name="Message">What is wrong, in one sentence.</param>
internal sealed record SupportGap(Guid ProductId, string ProductName, string Kind, string Principle, string Message);
