import { createRoute, lazyRouteComponent, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { ForbiddenPanel } from '../../components/layout/state-panels';
import { locationQueryOptions } from '../../features/locations/api/get-location';
import { locationsSearchSchema, type LocationsSearch } from '../../features/locations/utils/locations-search';
import { permitsSearchSchema, type PermitsSearch } from '../../features/locations/utils/permits-search';
import { useMembership } from '../../lib/session';
import { orgRoute } from './app-routes';
import { rendersPages } from './route-pages';

const LocationsPage = lazyRouteComponent(() => import('../../features/locations/components/locations-page'), 'LocationsPage');
const LocationDetailPage = lazyRouteComponent(() => import('../../features/locations/components/location-detail-page'), 'LocationDetailPage');
const PermitsPage = lazyRouteComponent(() => import('../../features/locations/components/permits-page'), 'PermitsPage');
const LocationUsageCard = lazyRouteComponent(() => import('../../features/locations/components/location-usage-card'), 'LocationUsageCard');

export const locationsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/locations',
  validateSearch: (search) => locationsSearchSchema.parse(search),
  component: rendersPages(
    function LocationsRoute() {
      const { orgId } = locationsRoute.useParams();
      const search = locationsRoute.useSearch();
      const navigate = useNavigate({ from: locationsRoute.fullPath });
      const { can: allowed } = useMembership(orgId);
      const onSearchChange = useCallback(
        (patch: Partial<LocationsSearch>) => void navigate({ search: (prev: LocationsSearch) => ({ ...prev, ...patch }), replace: true }),
        [navigate],
      );
      const onOpen = useCallback(
        (locationId: string) => void navigate({ to: '/orgs/$orgId/locations/$locationId', params: { orgId, locationId } }),
        [navigate, orgId],
      );
      if (!allowed('locations.read')) return <ForbiddenPanel />;
      return <LocationsPage orgId={orgId} search={search} onSearchChange={onSearchChange} onOpen={onOpen} canWrite={allowed('locations.write')} />;
    },
    LocationsPage,
  ),
});

export const locationRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/locations/$locationId',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(locationQueryOptions(params.orgId, params.locationId)),
  component: rendersPages(
    function LocationRoute() {
      const { orgId, locationId } = locationRoute.useParams();
      const navigate = useNavigate();
      const { can: allowed } = useMembership(orgId);
      if (!allowed('locations.read')) return <ForbiddenPanel />;
      return (
        <LocationDetailPage
          orgId={orgId}
          locationId={locationId}
          canWrite={allowed('locations.write')}
          onDeleted={() => void navigate({ to: '/orgs/$orgId/locations', params: { orgId } })}
          usage={<LocationUsageCard orgId={orgId} locationId={locationId} />}
        />
      );
    },
    LocationDetailPage,
    LocationUsageCard,
  ),
});

export const permitsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/permits',
  validateSearch: (search) => permitsSearchSchema.parse(search),
  component: rendersPages(
    function PermitsRoute() {
      const { orgId } = permitsRoute.useParams();
      const search = permitsRoute.useSearch();
      const navigate = useNavigate({ from: permitsRoute.fullPath });
      const { can: allowed } = useMembership(orgId);
      const onSearchChange = useCallback(
        (patch: Partial<PermitsSearch>) => void navigate({ search: (prev: PermitsSearch) => ({ ...prev, ...patch }), replace: true }),
        [navigate],
      );
      if (!allowed('permits.read')) return <ForbiddenPanel />;
      return <PermitsPage orgId={orgId} search={search} onSearchChange={onSearchChange} />;
    },
    PermitsPage,
  ),
});
