using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Partnership.Data;

namespace OpenCityAomori.Modules.Partnership.Migrations;

/// <summary>
/// The agreements registry: type, texts in two languages, lists, dates and reminders, status time, the public item's
/// state, the proposal's pending progress and the seed key; documents and the follow-up log (伴走). Agreements staff
/// register have no proposal (0), so the proposal's unique index now covers real proposal ids only.
/// </summary>
[DbContext(typeof(PartnershipDbContext))]
[Migration("202612170300_AgreementRegistry")]
internal sealed class AgreementRegistry : Migration
{
    private const string Table = "Partnership_Agreements";

    protected override void Up(MigrationBuilder mb)
    {
        mb.DropIndex("IX_Partnership_Agreements_ProposalId", Table);
        mb.CreateIndex("IX_Partnership_Agreements_ProposalId", Table, "ProposalId", unique: true, filter: "\"ProposalId\" > 0");
        mb.AddColumn<int>("Type", Table, nullable: false, defaultValue: 1);
        foreach (var (name, length) in new[] { ("TitleEn", 200), ("Summary", 0), ("SummaryEn", 0), ("EffectsCity", 0), ("EffectsCityEn", 0), ("EffectsPartner", 0), ("EffectsPartnerEn", 0), ("Notes", 0) })
        {
            mb.AddColumn<string>(name, Table, maxLength: length == 0 ? null : length, nullable: false, defaultValue: string.Empty);
        }

        foreach (var name in new[] { "ItemsJson", "GoalsJson", "ContributionsJson" })
        {
            mb.AddColumn<string>(name, Table, nullable: false, defaultValue: "[]");
        }

        foreach (var name in new[] { "SignedOn", "TermStart", "TermEnd", "ReviewOn", "RenewalNoticeOn", "ReviewRemindedFor", "RenewalRemindedFor" })
        {
            mb.AddColumn<DateOnly>(name, Table, nullable: true);
        }

        mb.AddColumn<DateTime>("StatusChangedUtc", Table, nullable: false, defaultValue: DateTime.UnixEpoch);
        mb.AddColumn<DateTime>("UpdatedUtc", Table, nullable: false, defaultValue: DateTime.UnixEpoch);
        mb.Sql("UPDATE \"Partnership_Agreements\" SET \"StatusChangedUtc\" = \"CreatedUtc\", \"UpdatedUtc\" = \"CreatedUtc\"");
        mb.AddColumn<string>("CaseStudyContentId", Table, maxLength: 100, nullable: true);
        mb.AddColumn<string>("PublicHash", Table, maxLength: 64, nullable: true);
        mb.AddColumn<bool>("PublicationPending", Table, nullable: false, defaultValue: false);
        mb.AddColumn<string>("PublicationError", Table, nullable: true);
        mb.AddColumn<DateTime>("PublicationClaimedUtc", Table, nullable: true);
        mb.AddColumn<int>("PendingProgress", Table, nullable: true);
        mb.AddColumn<string>("SeedKey", Table, maxLength: 100, nullable: true);
        mb.CreateIndex("IX_Partnership_Agreements_SeedKey", Table, "SeedKey", unique: true);
        mb.CreateIndex("IX_Partnership_Agreements_DepartmentCode_Status", Table, ["DepartmentCode", "Status"]);

        mb.CreateTable("Partnership_Documents", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            AgreementId = t.Column<long>(nullable: false),
            FileName = t.Column<string>(maxLength: 200, nullable: false),
            ContentType = t.Column<string>(maxLength: 100, nullable: false),
            Length = t.Column<long>(nullable: false),
            Data = t.Column<byte[]>(nullable: false),
            UploadedBy = t.Column<string>(maxLength: 256, nullable: false),
            UploadedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Partnership_Documents", x => x.Id));
        mb.CreateIndex("IX_Partnership_Documents_AgreementId", "Partnership_Documents", "AgreementId");

        mb.CreateTable("Partnership_FollowUps", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            AgreementId = t.Column<long>(nullable: false),
            HeldOn = t.Column<DateOnly>(nullable: false),
            Kind = t.Column<int>(nullable: false),
            Outcomes = t.Column<string>(nullable: false),
            NextSteps = t.Column<string>(nullable: false),
            RecordedBy = t.Column<string>(maxLength: 256, nullable: false),
            RecordedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Partnership_FollowUps", x => x.Id));
        mb.CreateIndex("IX_Partnership_FollowUps_AgreementId", "Partnership_FollowUps", "AgreementId");
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Partnership_FollowUps");
        mb.DropTable("Partnership_Documents");
        mb.DropIndex("IX_Partnership_Agreements_DepartmentCode_Status", Table);
        mb.DropIndex("IX_Partnership_Agreements_SeedKey", Table);
        foreach (var name in new[]
        {
            "SeedKey", "PendingProgress", "PublicationClaimedUtc", "PublicationError", "PublicationPending", "PublicHash", "CaseStudyContentId",
            "UpdatedUtc", "StatusChangedUtc", "RenewalRemindedFor", "ReviewRemindedFor", "RenewalNoticeOn", "ReviewOn", "TermEnd", "TermStart", "SignedOn",
            "ContributionsJson", "GoalsJson", "ItemsJson", "Notes", "EffectsPartnerEn", "EffectsPartner", "EffectsCityEn", "EffectsCity", "SummaryEn", "Summary", "TitleEn", "Type",
        })
        {
            mb.DropColumn(name, Table);
        }

        mb.DropIndex("IX_Partnership_Agreements_ProposalId", Table);
        mb.CreateIndex("IX_Partnership_Agreements_ProposalId", Table, "ProposalId", unique: true);
    }
}
