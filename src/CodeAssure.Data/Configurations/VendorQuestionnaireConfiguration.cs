using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class VendorQuestionnaireConfiguration : IEntityTypeConfiguration<VendorQuestionnaire>
{
    public void Configure(EntityTypeBuilder<VendorQuestionnaire> e)
    {
        e.Property(q => q.VendorName).HasMaxLength(200);
        e.Property(q => q.VendorEmail).HasMaxLength(254);
        e.Property(q => q.ProductName).HasMaxLength(200);
        e.Property(q => q.TokenHash).HasMaxLength(64);
        e.Property(q => q.CreatedBy).HasMaxLength(450);
        e.Property(q => q.Sha256).HasMaxLength(64);
        e.Property(q => q.AttestationVerdict).HasMaxLength(2500);
        // Two submissions of one link race on this: the loser's UPDATE matches no row.
        e.Property(q => q.SubmittedAt).IsConcurrencyToken();
        e.HasIndex(q => q.TokenHash).IsUnique();
        e.HasIndex(q => q.OrganisationId);
        e.HasOne<Organisation>().WithMany().HasForeignKey(q => q.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
