using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Data;

public abstract partial class CodeAssureDbContext
{
    /// <summary>Customers' subscriptions to notifications (email or webhook).</summary>
    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    /// <summary>Every attempt to deliver an outbox message: the delivery log.</summary>
    public DbSet<DeliveryAttempt> DeliveryAttempts => Set<DeliveryAttempt>();
}
