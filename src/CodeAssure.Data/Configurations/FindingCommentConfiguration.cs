using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodeAssure.Data.Configurations;

internal sealed class FindingCommentConfiguration : IEntityTypeConfiguration<FindingComment>
{
    public void Configure(EntityTypeBuilder<FindingComment> e)
    {
        e.ToTable("FindingComments");
        e.Property(c => c.AuthorId).HasMaxLength(450);
        e.Property(c => c.Text).HasMaxLength(4000);
        e.HasIndex(c => new { c.OrganisationId, c.FindingId });
        e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<VulnerabilityFinding>().WithMany().HasForeignKey(c => c.FindingId).OnDelete(DeleteBehavior.Cascade);
    }
}
