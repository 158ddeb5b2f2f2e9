import { VENDOR_CATEGORIES, type Vendor } from '@rundown/domain';
import { Mail, MoreHorizontal, Pencil, Phone, Plus, Search, Store, Trash2, UserPlus } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmRemovalDialog } from '../../../components/ui/confirm-dialog';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '../../../components/ui/dropdown-menu';
import { EmptyState } from '../../../components/ui/empty-state';
import { Input } from '../../../components/ui/input';
import { PageHeader } from '../../../components/ui/page-header';
import { Select } from '../../../components/ui/select';
import { useDeleteVendor } from '../api/delete-vendor';
import { useVendors } from '../api/list-vendors';
import { formatNpwp, type VendorsSearch } from '../utils/vendors-search';
import { InviteVendorDialog } from './invite-vendor-dialog';
import { VendorFormDialog } from './vendor-form-dialog';
import { LoadMore } from '../../../components/ui/load-more';
import { LoadError } from '../../../components/ui/load-error';

export type VendorsPageProps = {
  orgId: string;
  search: VendorsSearch;
  onSearchChange: (patch: Partial<VendorsSearch>) => void;
  canWrite: boolean;
};

const ALL = '__all';

/** The vendor directory: who the organization hires, their contacts and NPWP, and their portal logins. */
export function VendorsPage({ orgId, search, onSearchChange, canWrite }: VendorsPageProps) {
  const { t } = useTranslation();
  const filters = useMemo(() => ({ category: search.category, q: search.q }), [search.category, search.q]);
  const query = useVendors(orgId, filters);
  const vendors = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const remove = useDeleteVendor(orgId);
  const [editing, setEditing] = useState<Vendor | null>(null);
  const [inviting, setInviting] = useState<Vendor | null>(null);
  const [deleting, setDeleting] = useState<Vendor | null>(null);
  const [text, setText] = useState(search.q ?? '');
  useEffect(() => setText(search.q ?? ''), [search.q]);
  useEffect(() => {
    const q = text.trim() || undefined;
    if (q === search.q) return;
    const timer = setTimeout(() => onSearchChange({ q }), 250);
    return () => clearTimeout(timer);
  }, [text, search.q, onSearchChange]);

  const columns = useMemo<DataTableColumn<Vendor>[]>(
    () => [
      {
        id: 'name',
        header: () => t('vendors.columns.name'),
        cell: ({ row }) => (
          <div className="flex min-w-0 flex-col">
            <span className="truncate font-medium">{row.original.name}</span>
            {row.original.notes ? <span className="max-w-80 truncate text-[12px] text-muted-foreground">{row.original.notes}</span> : null}
          </div>
        ),
        meta: { className: 'min-w-48', skeleton: 'w-40' },
      },
      {
        id: 'category',
        header: () => t('vendors.columns.category'),
        cell: ({ row }) => <Badge>{t(`vendorCategories.${row.original.category}`)}</Badge>,
        meta: { className: 'whitespace-nowrap', skeleton: 'w-20' },
      },
      {
        id: 'contact',
        header: () => t('vendors.columns.contact'),
        cell: ({ row }) => {
          const [first, ...rest] = row.original.contacts;
          if (!first) return <span className="text-muted-foreground">—</span>;
          return (
            <div className="flex min-w-0 flex-col gap-0.5 text-[12.5px]">
              <span className="font-medium">
                {first.name}
                {first.role ? <span className="font-normal text-muted-foreground"> · {first.role}</span> : null}
                {rest.length > 0 ? <span className="ml-1.5 font-normal text-muted-foreground">{t('vendors.moreContacts', { count: rest.length })}</span> : null}
              </span>
              <span className="flex flex-wrap gap-x-3 text-muted-foreground">
                {first.phone ? (
                  <a href={`tel:${first.phone}`} className="inline-flex items-center gap-1 hover:text-foreground">
                    <Phone className="size-3" aria-hidden />
                    {first.phone}
                  </a>
                ) : null}
                {first.email ? (
                  <a href={`mailto:${first.email}`} className="inline-flex items-center gap-1 hover:text-foreground">
                    <Mail className="size-3" aria-hidden />
                    {first.email}
                  </a>
                ) : null}
              </span>
            </div>
          );
        },
        meta: { className: 'hidden md:table-cell', skeleton: 'w-36' },
      },
      {
        id: 'npwp',
        header: () => t('vendors.columns.npwp'),
        cell: ({ row }) => <span className="font-mono text-[12px] whitespace-nowrap text-muted-foreground">{formatNpwp(row.original.taxId) || '—'}</span>,
        meta: { className: 'hidden lg:table-cell', skeleton: 'w-32' },
      },
      {
        id: 'people',
        header: () => t('vendors.columns.people'),
        cell: ({ row }) => <span className="text-muted-foreground tabular-nums">{t('vendors.people', { count: row.original.userCount })}</span>,
        meta: { className: 'hidden sm:table-cell whitespace-nowrap', skeleton: 'w-16' },
      },
      {
        id: 'actions',
        header: () => <span className="sr-only">{t('common.actions')}</span>,
        cell: ({ row }) =>
          canWrite ? (
            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button variant="ghost" size="icon-sm" aria-label={t('vendors.actions', { name: row.original.name })} data-testid="vendor-actions">
                  <MoreHorizontal aria-hidden />
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="end">
                <DropdownMenuItem onSelect={() => setInviting(row.original)} data-testid="invite-vendor-user">
                  <UserPlus aria-hidden />
                  {t('vendors.invite')}
                </DropdownMenuItem>
                <DropdownMenuItem onSelect={() => setEditing(row.original)}>
                  <Pencil aria-hidden />
                  {t('vendors.edit')}
                </DropdownMenuItem>
                <DropdownMenuSeparator />
                <DropdownMenuItem tone="danger" onSelect={() => setDeleting(row.original)}>
                  <Trash2 aria-hidden />
                  {t('vendors.delete')}
                </DropdownMenuItem>
              </DropdownMenuContent>
            </DropdownMenu>
          ) : null,
        meta: { className: 'w-12 text-right', skeleton: 'w-6' },
      },
    ],
    [t, canWrite],
  );

  const newButton = canWrite ? (
    <Button onClick={() => onSearchChange({ new: true })} data-testid="new-vendor">
      <Plus aria-hidden />
      {t('vendors.new')}
    </Button>
  ) : null;
  const filtered = Boolean(search.q || search.category);

  return (
    <div>
      <PageHeader title={t('vendors.title')} description={t('vendors.subtitle')} actions={newButton} />
      {!canWrite ? <p className="mb-3 text-[12.5px] text-muted-foreground">{t('vendors.readOnly')}</p> : null}
      <Card>
        <div className="flex flex-wrap items-center gap-2 border-b border-border px-4 py-3">
          <div className="relative w-full sm:w-64">
            <Search className="pointer-events-none absolute top-2 left-2.5 size-4 text-muted-foreground" aria-hidden />
            <Input value={text} onChange={(e) => setText(e.target.value)} placeholder={t('vendors.search')} aria-label={t('vendors.search')} className="w-full pl-8" />
          </div>
          <Select
            className="w-52"
            aria-label={t('vendors.columns.category')}
            value={search.category ?? ALL}
            onValueChange={(v) => onSearchChange({ category: v === ALL ? undefined : (v as VendorsSearch['category']) })}
            options={[{ value: ALL, label: t('vendors.allCategories') }, ...VENDOR_CATEGORIES.map((c) => ({ value: c, label: t(`vendorCategories.${c}`) }))]}
          />
        </div>
        {query.isError ? (
          <LoadError message={t('vendors.loadError')} error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <DataTable
            label={t('vendors.tableLabel')}
            columns={columns}
            data={vendors}
            getRowId={(v) => v.id}
            isLoading={query.isPending}
            testId="vendors-table"
            onRowClick={canWrite ? (v) => setEditing(v) : undefined}
            empty={
              filtered ? (
                <p className="px-4 py-10 text-center text-muted-foreground">{t('vendors.noMatch')}</p>
              ) : (
                <EmptyState icon={Store} title={t('vendors.empty.title')} body={t('vendors.empty.body')} action={newButton} />
              )
            }
          />
        )}
        <LoadMore query={query} />
      </Card>

      {canWrite ? (
        <>
          <VendorFormDialog
            open={Boolean(search.new) || editing !== null}
            onOpenChange={(open) => {
              if (open) return;
              setEditing(null);
              if (search.new) onSearchChange({ new: undefined });
            }}
            orgId={orgId}
            vendor={editing ?? undefined}
            onCreated={(v) =>
              toast.success(t('vendors.created', { name: v.name }), { action: { label: t('vendors.invite'), onClick: () => setInviting(v) } })
            }
          />
          <InviteVendorDialog orgId={orgId} vendor={inviting} onClose={() => setInviting(null)} />
          <ConfirmRemovalDialog
            item={deleting}
            onClose={() => setDeleting(null)}
            title={(vendor) => t('vendors.deleteTitle', { name: vendor?.name ?? '' })}
            description={t('vendors.deleteBody')}
            removed={(vendor) => t('vendors.deleted', { name: vendor.name })}
            remove={(vendor) => remove.mutateAsync(vendor.id)}
            pending={remove.isPending}
          />
        </>
      ) : null}
    </div>
  );
}
