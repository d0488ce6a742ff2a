using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Data;

/// <summary>The disclosure tables: consultations of the proposer and the released items.</summary>
internal static class ProposalDisclosureModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DisclosureConsultation>(e =>
        {
            e.ToTable("Proposals_DisclosureConsultations");
            e.HasKey(x => x.Id);
            e.Property(x => x.Method).HasConversion<int>();
            e.Property(x => x.OpinionSummary).HasMaxLength(4000);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.ProposalId);
            e.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DisclosureRelease>(e =>
        {
            e.ToTable("Proposals_DisclosureReleases");
            e.HasKey(x => x.ProposalId);
            e.Property(x => x.ProposalId).ValueGeneratedNever();
            e.Property(x => x.UpdatedBy).HasMaxLength(256);
            e.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
