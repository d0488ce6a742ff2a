using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Data;

internal sealed class ProposalsDbContext(DbContextOptions<ProposalsDbContext> options) : DbContext(options)
{
    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<ProposalFile> Files => Set<ProposalFile>();

    public DbSet<ProposalMessage> Messages => Set<ProposalMessage>();

    public DbSet<DocumentRequest> DocumentRequests => Set<DocumentRequest>();

    public DbSet<PendingProposalEvent> PendingEvents => Set<PendingProposalEvent>();

    public DbSet<ProposalSettings> Settings => Set<ProposalSettings>();

    public DbSet<ProposalReceiptCounter> ReceiptCounters => Set<ProposalReceiptCounter>();

    public DbSet<LinkRequest> LinkRequests => Set<LinkRequest>();

    public DbSet<OpinionRequest> OpinionRequests => Set<OpinionRequest>();

    public DbSet<PreConsultation> Consultations => Set<PreConsultation>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Proposal>(e =>
        {
            e.ToTable("Proposals_Proposals");
            e.HasKey(x => x.Id);
            e.Property(x => x.ReceiptNumber).HasMaxLength(40);
            e.HasIndex(x => x.ReceiptNumber).IsUnique();
            e.Property(x => x.Scheme).HasMaxLength(64);
            e.Property(x => x.ChallengeId).HasMaxLength(64);
            e.Property(x => x.ChallengeTitle).HasMaxLength(300);
            e.Property(x => x.Kind).HasConversion<int>();
            e.Property(x => x.ApplicantType).HasConversion<int>();
            e.Property(x => x.Channel).HasConversion<int>();
            e.Property(x => x.Stage).HasConversion<int>();
            e.Property(x => x.LeadDepartmentCode).HasMaxLength(64);
            e.Property(x => x.ContactName).HasMaxLength(100);
            e.Property(x => x.ContactKana).HasMaxLength(100);
            e.Property(x => x.ContactDepartment).HasMaxLength(200);
            e.Property(x => x.ContactEmail).HasMaxLength(254);
            e.Property(x => x.ContactPhone).HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.ConsentVersion).HasMaxLength(40);
            e.Property(x => x.Culture).HasMaxLength(8);
            e.Property(x => x.SiteOrigin).HasMaxLength(200);
            e.Property(x => x.TrackingTokenHash).HasMaxLength(32);
            e.HasIndex(x => x.TrackingTokenHash).IsUnique();
            e.HasIndex(x => x.ContactEmail);
            e.HasIndex(x => new { x.Stage, x.SubmittedUtc });
            e.HasIndex(x => new { x.LeadDepartmentCode, x.SubmittedUtc });
            e.HasIndex(x => x.SubmittedUtc);
            e.HasIndex(x => new { x.Stage, x.StageChangedUtc });
            e.Property(x => x.SearchText).HasMaxLength(700);
            e.HasIndex(x => new { x.Stage, x.SearchText });
            e.Property(x => x.AcceptanceReference).HasMaxLength(100);
            e.Property(x => x.AcceptancePath).HasMaxLength(200);
            e.Property(x => x.AcceptanceJa).HasMaxLength(300);
            e.Property(x => x.AcceptanceEn).HasMaxLength(300);
        });
        modelBuilder.Entity<ProposalFile>(e =>
        {
            e.ToTable("Proposals_Files");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.UploadedBy).HasConversion<int>();
            e.Property(x => x.RequestKey).HasMaxLength(64);
            e.HasIndex(x => x.ProposalId);
            e.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DocumentRequest>(e =>
        {
            e.ToTable("Proposals_DocumentRequests");
            e.HasKey(x => x.Id);
            e.Property(x => x.Key).HasMaxLength(64);
            e.Property(x => x.TitleJa).HasMaxLength(200);
            e.Property(x => x.TitleEn).HasMaxLength(200);
            e.Property(x => x.ExplanationJa).HasMaxLength(2000);
            e.Property(x => x.ExplanationEn).HasMaxLength(2000);
            e.HasIndex(x => new { x.ProposalId, x.Key }).IsUnique();
            e.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProposalMessage>(e =>
        {
            e.ToTable("Proposals_Messages");
            e.HasKey(x => x.Id);
            e.Property(x => x.Author).HasConversion<int>();
            e.Property(x => x.StaffUserName).HasMaxLength(256);
            e.HasIndex(x => new { x.ProposalId, x.CreatedUtc });
            e.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PendingProposalEvent>(e =>
        {
            e.ToTable("Proposals_PendingEvents");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.EventId).HasMaxLength(100);
            e.HasIndex(x => x.EventId).IsUnique();
            e.HasIndex(x => x.PublishedUtc);
            e.Property(x => x.Error).HasMaxLength(2000);
        });
        modelBuilder.Entity<ProposalSettings>(e =>
        {
            e.ToTable("Proposals_Settings");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.NoticeVersion).HasMaxLength(40);
        });
        modelBuilder.Entity<ProposalReceiptCounter>(e =>
        {
            e.ToTable("Proposals_ReceiptCounters");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(40);
        });
        modelBuilder.Entity<LinkRequest>(e =>
        {
            e.ToTable("Proposals_LinkRequests");
            e.HasKey(x => x.Id);
            e.Property(x => x.EmailHash).HasMaxLength(32);
            e.HasIndex(x => new { x.EmailHash, x.RequestedUtc });
        });
        modelBuilder.Entity<OpinionRequest>(e =>
        {
            e.ToTable("Proposals_OpinionRequests");
            e.HasKey(x => x.Id);
            e.Property(x => x.DepartmentCode).HasMaxLength(64);
            e.Property(x => x.RequestedBy).HasMaxLength(256);
            e.Property(x => x.AnsweredBy).HasMaxLength(256);
            e.Property(x => x.WithdrawnBy).HasMaxLength(256);
            e.Ignore(x => x.IsOpen);
            e.HasIndex(x => x.ProposalId);
            e.HasIndex(x => new { x.DepartmentCode, x.ProposalId });
            e.HasIndex(x => new { x.AnsweredUtc, x.DueUtc });
            e.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        });
        ProposalDisclosureModel.Configure(modelBuilder);
        modelBuilder.Entity<PreConsultation>(e =>
        {
            e.ToTable("Proposals_Consultations");
            e.HasKey(x => x.Id);
            e.Property(x => x.ReceiptNumber).HasMaxLength(40);
            e.HasIndex(x => x.ReceiptNumber).IsUnique();
            e.Property(x => x.Organization).HasMaxLength(200);
            e.Property(x => x.ContactName).HasMaxLength(100);
            e.Property(x => x.ContactEmail).HasMaxLength(254);
            e.Property(x => x.ContactPhone).HasMaxLength(40);
            e.Property(x => x.Topic).HasMaxLength(200);
            e.Property(x => x.ConsentVersion).HasMaxLength(40);
            e.Property(x => x.Culture).HasMaxLength(8);
            e.Property(x => x.Status).HasConversion<int>();
            e.HasIndex(x => new { x.Status, x.SubmittedUtc });
        });
    }
}
