namespace CodeAssure.Data.Audit;

/// <summary>Says who is making the changes being saved, for the audit log (the web app: the signed-in user or token).</summary>
public interface IAuditActorSource
{
    /// <summary>The actor: a user id, <c>token:{id}</c> or <c>system</c>.</summary>
    string CurrentActor { get; }
}
