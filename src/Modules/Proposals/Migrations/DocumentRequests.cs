using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Proposals.Data;

namespace OpenCityAomori.Modules.Proposals.Migrations;

/// <summary>Documents asked of the proposer for a scheme (the pilot's report), and the request a file answers.</summary>
[DbContext(typeof(ProposalsDbContext))]
[Migration("202612170300_DocumentRequests")]
internal sealed class DocumentRequests : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("Proposals_DocumentRequests", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ProposalId = t.Column<long>(nullable: false),
            Key = t.Column<string>(maxLength: 64, nullable: false),
            TitleJa = t.Column<string>(maxLength: 200, nullable: false),
            TitleEn = t.Column<string>(maxLength: 200, nullable: false),
            ExplanationJa = t.Column<string>(maxLength: 2000, nullable: false),
            ExplanationEn = t.Column<string>(maxLength: 2000, nullable: false),
            DueOn = t.Column<DateOnly>(nullable: true),
            RequestedUtc = t.Column<DateTime>(nullable: false),
            ClosedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Proposals_DocumentRequests", x => x.Id);
            t.ForeignKey("FK_Proposals_DocumentRequests_Proposals_Proposals_ProposalId", x => x.ProposalId, "Proposals_Proposals", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_Proposals_DocumentRequests_ProposalId_Key", "Proposals_DocumentRequests", ["ProposalId", "Key"], unique: true);
        mb.AddColumn<string>("RequestKey", "Proposals_Files", maxLength: 64, nullable: true);
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropColumn("RequestKey", "Proposals_Files");
        mb.DropTable("Proposals_DocumentRequests");
    }
}
