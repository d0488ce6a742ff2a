using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Proposals.Data;

namespace OpenCityAomori.Modules.Proposals.Migrations;

/// <summary>Proposals, their files and thread, events waiting to be published, settings, receipt counters, link requests.</summary>
[DbContext(typeof(ProposalsDbContext))]
[Migration("202612070100_InitialProposalsSchema")]
internal sealed class InitialProposalsSchema : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("Proposals_Proposals", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ReceiptNumber = t.Column<string>(maxLength: 40, nullable: false),
            Kind = t.Column<int>(nullable: false),
            Scheme = t.Column<string>(maxLength: 64, nullable: false),
            ChallengeId = t.Column<string>(maxLength: 64, nullable: true),
            ChallengeTitle = t.Column<string>(maxLength: 300, nullable: true),
            ApplicantType = t.Column<int>(nullable: false),
            Channel = t.Column<int>(nullable: false),
            Stage = t.Column<int>(nullable: false),
            LeadDepartmentCode = t.Column<string>(maxLength: 64, nullable: true),
            OrganizationsJson = t.Column<string>(nullable: false),
            ContactName = t.Column<string>(maxLength: 100, nullable: false),
            ContactKana = t.Column<string>(maxLength: 100, nullable: false),
            ContactDepartment = t.Column<string>(maxLength: 200, nullable: false),
            ContactEmail = t.Column<string>(maxLength: 254, nullable: false),
            ContactPhone = t.Column<string>(maxLength: 40, nullable: false),
            Title = t.Column<string>(maxLength: 200, nullable: false),
            Summary = t.Column<string>(nullable: false),
            Details = t.Column<string>(nullable: false),
            ProposerResources = t.Column<string>(nullable: false),
            CityResources = t.Column<string>(nullable: false),
            ExpectedBenefits = t.Column<string>(nullable: false),
            DesiredPeriod = t.Column<string>(nullable: false),
            DesiredPlace = t.Column<string>(nullable: false),
            ConfidentialFieldsJson = t.Column<string>(nullable: false),
            ConsentVersion = t.Column<string>(maxLength: 40, nullable: false),
            ConsentUtc = t.Column<DateTime>(nullable: false),
            Culture = t.Column<string>(maxLength: 8, nullable: false),
            SiteOrigin = t.Column<string>(maxLength: 200, nullable: false),
            TrackingTokenHash = t.Column<byte[]>(maxLength: 32, nullable: false),
            SubmittedUtc = t.Column<DateTime>(nullable: false),
            StageChangedUtc = t.Column<DateTime>(nullable: false),
            ReplyDueUtc = t.Column<DateTime>(nullable: true),
            UnreadReplies = t.Column<int>(nullable: false),
            AnswerText = t.Column<string>(nullable: true),
            AnsweredUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Proposals_Proposals", x => x.Id));
        mb.CreateIndex("IX_Proposals_Proposals_ReceiptNumber", "Proposals_Proposals", "ReceiptNumber", unique: true);
        mb.CreateIndex("IX_Proposals_Proposals_TrackingTokenHash", "Proposals_Proposals", "TrackingTokenHash", unique: true);
        mb.CreateIndex("IX_Proposals_Proposals_ContactEmail", "Proposals_Proposals", "ContactEmail");
        mb.CreateIndex("IX_Proposals_Proposals_Stage_SubmittedUtc", "Proposals_Proposals", ["Stage", "SubmittedUtc"]);
        mb.CreateIndex("IX_Proposals_Proposals_LeadDepartmentCode_SubmittedUtc", "Proposals_Proposals", ["LeadDepartmentCode", "SubmittedUtc"]);
        mb.CreateIndex("IX_Proposals_Proposals_SubmittedUtc", "Proposals_Proposals", "SubmittedUtc");

        mb.CreateTable("Proposals_Messages", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ProposalId = t.Column<long>(nullable: false),
            Author = t.Column<int>(nullable: false),
            StaffUserName = t.Column<string>(maxLength: 256, nullable: true),
            Body = t.Column<string>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ReadUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Proposals_Messages", x => x.Id);
            t.ForeignKey("FK_Proposals_Messages_Proposals_Proposals_ProposalId", x => x.ProposalId, "Proposals_Proposals", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_Proposals_Messages_ProposalId_CreatedUtc", "Proposals_Messages", ["ProposalId", "CreatedUtc"]);

        mb.CreateTable("Proposals_Files", t => new
        {
            Id = t.Column<string>(maxLength: 32, nullable: false),
            ProposalId = t.Column<long>(nullable: false),
            MessageId = t.Column<long>(nullable: true),
            FileName = t.Column<string>(maxLength: 200, nullable: false),
            ContentType = t.Column<string>(maxLength: 100, nullable: false),
            Length = t.Column<long>(nullable: false),
            Data = t.Column<byte[]>(nullable: false),
            Confidential = t.Column<bool>(nullable: false),
            UploadedBy = t.Column<int>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Proposals_Files", x => x.Id);
            t.ForeignKey("FK_Proposals_Files_Proposals_Proposals_ProposalId", x => x.ProposalId, "Proposals_Proposals", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_Proposals_Files_ProposalId", "Proposals_Files", "ProposalId");

        CreateSupportTables(mb);
    }

    protected override void Down(MigrationBuilder mb)
    {
        foreach (var table in new[] { "Proposals_LinkRequests", "Proposals_ReceiptCounters", "Proposals_Settings", "Proposals_PendingEvents", "Proposals_Files", "Proposals_Messages", "Proposals_Proposals" })
        {
            mb.DropTable(table);
        }
    }

    private static void CreateSupportTables(MigrationBuilder mb)
    {
        mb.CreateTable("Proposals_PendingEvents", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ProposalId = t.Column<long>(nullable: false),
            Name = t.Column<string>(maxLength: 64, nullable: false),
            EventId = t.Column<string>(maxLength: 100, nullable: false),
            DataJson = t.Column<string>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            PublishedUtc = t.Column<DateTime>(nullable: true),
            Attempts = t.Column<int>(nullable: false),
            Error = t.Column<string>(maxLength: 2000, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Proposals_PendingEvents", x => x.Id));
        mb.CreateIndex("IX_Proposals_PendingEvents_EventId", "Proposals_PendingEvents", "EventId", unique: true);
        mb.CreateIndex("IX_Proposals_PendingEvents_PublishedUtc", "Proposals_PendingEvents", "PublishedUtc");

        mb.CreateTable("Proposals_Settings", t => new
        {
            Id = t.Column<int>(nullable: false),
            NoticeJa = t.Column<string>(nullable: false),
            NoticeEn = t.Column<string>(nullable: false),
            NoticeVersion = t.Column<string>(maxLength: 40, nullable: false),
            ModifiedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Proposals_Settings", x => x.Id));

        mb.CreateTable("Proposals_ReceiptCounters", t => new
        {
            Key = t.Column<string>(maxLength: 40, nullable: false),
            Value = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Proposals_ReceiptCounters", x => x.Key));

        mb.CreateTable("Proposals_LinkRequests", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            EmailHash = t.Column<byte[]>(maxLength: 32, nullable: false),
            RequestedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Proposals_LinkRequests", x => x.Id));
        mb.CreateIndex("IX_Proposals_LinkRequests_EmailHash_RequestedUtc", "Proposals_LinkRequests", ["EmailHash", "RequestedUtc"]);
    }
}
