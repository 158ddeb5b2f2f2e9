import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/pagination.js';
import { idSchema } from '../common/primitives.js';
import { createdInvitationSchema } from '../organizations/organization.schemas.js';
import { attachmentSchema, commentSchema, createCommentSchema, uploadAttachmentSchema } from '../schedule/task.schemas.js';
import {
  createVendorSchema,
  inviteVendorUserSchema,
  toggleChecklistSchema,
  updateVendorSchema,
  updateVendorTaskSchema,
  vendorListQuerySchema,
  vendorSchema,
  vendorTaskListQuerySchema,
  vendorTaskSchema,
} from '../vendors/vendor.schemas.js';
import { org, orgParams, UPLOAD_LIMIT, userAccess } from './access.js';
import { route } from './route.js';

const vendorParams = orgParams.extend({ vendorId: idSchema });
const myTaskParams = z.object({ taskId: idSchema });

/** The organization's vendor directory. */
export const vendorsApi = {
  listVendors: route({
    method: 'GET', path: '/api/orgs/:orgId/vendors', tag: 'vendors', summary: 'Vendor directory',
    access: org('vendors.read'), params: orgParams, query: vendorListQuerySchema, response: pageOf(vendorSchema),
  }),
  createVendor: route({
    method: 'POST', path: '/api/orgs/:orgId/vendors', tag: 'vendors', summary: 'Add a vendor',
    access: org('vendors.write'), params: orgParams, body: createVendorSchema, response: vendorSchema, successStatus: 201, versioned: true,
  }),
  updateVendor: route({
    method: 'PATCH', path: '/api/orgs/:orgId/vendors/:vendorId', tag: 'vendors', summary: 'Edit a vendor (If-Match required)',
    access: org('vendors.write'), params: vendorParams, body: updateVendorSchema, response: vendorSchema, versioned: true,
  }),
  deleteVendor: route({
    method: 'DELETE', path: '/api/orgs/:orgId/vendors/:vendorId', tag: 'vendors', summary: 'Delete a vendor (its tasks become unassigned)',
    access: org('vendors.write'), params: vendorParams, response: null, successStatus: 204,
  }),
  inviteVendorUser: route({
    method: 'POST', path: '/api/orgs/:orgId/vendors/:vendorId/invitations', tag: 'vendors',
    summary: "Invite a person of this vendor by link (role vendor; one login can serve several organizations)",
    access: org('vendors.write'), params: vendorParams, body: inviteVendorUserSchema, response: createdInvitationSchema, successStatus: 201,
  }),
};

/** The vendor portal: tasks assigned to the signed-in user's vendor companies, across organizations. */
export const vendorPortalApi = {
  myTasks: route({
    method: 'GET', path: '/api/me/tasks', tag: 'vendor portal', summary: 'Tasks assigned to my vendor companies, across organizations',
    access: userAccess, query: vendorTaskListQuerySchema, response: pageOf(vendorTaskSchema),
  }),
  updateMyTask: route({
    method: 'PATCH', path: '/api/me/tasks/:taskId', tag: 'vendor portal', summary: 'Change the status of a task assigned to me (If-Match)',
    access: userAccess, params: myTaskParams, body: updateVendorTaskSchema, response: vendorTaskSchema, versioned: true,
  }),
  toggleMyChecklistItem: route({
    method: 'PATCH', path: '/api/me/tasks/:taskId/checklist/:itemId', tag: 'vendor portal', summary: 'Tick or untick a checklist item',
    access: userAccess, params: myTaskParams.extend({ itemId: idSchema }), body: toggleChecklistSchema, response: vendorTaskSchema,
  }),
  myTaskComments: route({
    method: 'GET', path: '/api/me/tasks/:taskId/comments', tag: 'vendor portal', summary: "A task's comments",
    access: userAccess, params: myTaskParams, query: pageQuerySchema, response: pageOf(commentSchema),
  }),
  commentOnMyTask: route({
    method: 'POST', path: '/api/me/tasks/:taskId/comments', tag: 'vendor portal', summary: 'Comment on a task assigned to me',
    access: userAccess, params: myTaskParams, body: createCommentSchema, response: commentSchema, successStatus: 201,
  }),
  uploadToMyTask: route({
    method: 'POST', path: '/api/me/tasks/:taskId/attachments', tag: 'vendor portal', summary: 'Upload a deliverable or an invoice (base64, ≤ 10 MB)',
    access: userAccess, params: myTaskParams, body: uploadAttachmentSchema, response: attachmentSchema, successStatus: 201, bodyLimit: UPLOAD_LIMIT,
  }),
  downloadAttachment: route({
    method: 'GET', path: '/api/me/tasks/:taskId/attachments/:attachmentId', tag: 'vendor portal', summary: 'Download a file of a task I can see',
    access: userAccess, params: myTaskParams.extend({ attachmentId: idSchema }), response: null, produces: 'application/octet-stream',
  }),
};
