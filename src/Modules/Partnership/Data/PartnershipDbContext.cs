using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Data;

internal sealed class PartnershipDbContext(DbContextOptions<PartnershipDbContext> options) : DbContext(options)
{
    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<AgreementDocument> Documents => Set<AgreementDocument>();

    public DbSet<AgreementFollowUp> FollowUps => Set<AgreementFollowUp>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Agreement>(e =>
        {
            e.ToTable("Partnership_Agreements");
            e.HasKey(x => x.Id);

            // Staff-registered agreements have no proposal (0): only real proposal ids are unique.
            e.HasIndex(x => x.ProposalId).IsUnique().HasFilter("\"ProposalId\" > 0");
            e.Property(x => x.ReceiptNumber).HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.TitleEn).HasMaxLength(200);
            e.Property(x => x.DepartmentCode).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<int>();
            e.Property(x => x.Type).HasConversion<int>();
            e.Property(x => x.PendingProgress).HasConversion<int?>();
            e.Property(x => x.CaseStudyContentId).HasMaxLength(100);
            e.Property(x => x.PublicHash).HasMaxLength(64);
            e.Property(x => x.SeedKey).HasMaxLength(100);
            e.HasIndex(x => x.SeedKey).IsUnique();
            e.HasIndex(x => new { x.DepartmentCode, x.Status });
            e.Ignore(x => x.HasProposal);
        });
        modelBuilder.Entity<AgreementDocument>(e =>
        {
            e.ToTable("Partnership_Documents");
            e.HasKey(x => x.Id);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
            e.HasIndex(x => x.AgreementId);
        });
        modelBuilder.Entity<AgreementFollowUp>(e =>
        {
            e.ToTable("Partnership_FollowUps");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<int>();
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.AgreementId);
        });
    }
}
